using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using FluentValidation;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// Creates, validates and changes Autotask integrations. Nothing is saved until the zone is found, the credentials are
/// accepted and every right is granted, unless the administrator saves a draft on purpose; new credentials are validated
/// again before they replace the saved ones. Secrets are encrypted before they are stored and never returned. Checking,
/// creating, changing and deleting need an Administrator covering all tenants (<see cref="AccessScope.CanAdminister"/>);
/// the background work (<see cref="ConnectAsync"/> for usage pushes and MDR tickets) runs as the system.
/// </summary>
public sealed class AutotaskIntegrationService(
    IAutotaskIntegrationStore store,
    ICompanyMappingStore mappings,
    IAutotaskConnector connector,
    ISecretProtector secrets,
    IValidator<AutotaskIntegrationInput> validator,
    IValidator<AutotaskUsageSettings> settingsValidator,
    TimeProvider time,
    IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    public async Task<IReadOnlyList<AutotaskIntegrationView>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(cancellationToken)).Select(row => AutotaskIntegrationView.From(row.Integration, row.MappedCount))];

    /// <summary>The integration without its secrets; null when it does not exist.</summary>
    public async Task<AutotaskIntegrationView?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var integration = await store.GetAsync(id, cancellationToken);
        return integration is null ? null : AutotaskIntegrationView.From(integration, await mappings.CountAsync(id, cancellationToken));
    }

    /// <summary>Checks entered credentials (zone, sign-in, rights) without saving anything.</summary>
    public async Task<Result<AutotaskPermissionReport>> CheckAsync(AutotaskIntegrationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var validation = await validator.ValidateAsync(AutotaskIntegrationInputValidator.ContextFor(input, secretsSaved: false), cancellationToken);
        return validation.IsValid ? await connector.CheckAsync(Credentials(input), cancellationToken) : validation.ToError();
    }

    /// <summary>
    /// Validates and saves a new integration. With <paramref name="saveDraft"/> it is saved as a draft without
    /// contacting Autotask; otherwise it is saved only when validation passes (the report says what is missing).
    /// </summary>
    public async Task<Result<AutotaskValidationOutcome>> CreateAsync(AutotaskIntegrationInput input, string actor, bool saveDraft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var context = AutotaskIntegrationInputValidator.ContextFor(input, secretsSaved: false);
        if (saveDraft)
        {
            // a draft may lack the secrets; every value given must still be valid
            context.RootContextData[AutotaskIntegrationInputValidator.SavedSecretsKey] = true;
        }

        var validation = await validator.ValidateAsync(context, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToError();
        }

        AutotaskPermissionReport? report = null;
        if (!saveDraft)
        {
            var checkResult = await connector.CheckAsync(Credentials(input), cancellationToken);
            if (!checkResult.IsSuccess)
            {
                return checkResult.Error;
            }

            report = checkResult.Value;
            if (!report.AllGranted)
            {
                return new AutotaskValidationOutcome(report, null);
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var integration = new AutotaskIntegration
        {
            Id = Guid.NewGuid(),
            Name = input.Name!.Trim(),
            UserName = input.UserName!.Trim(),
            ProtectedSecret = string.IsNullOrEmpty(input.Secret) ? null : secrets.Protect(input.Secret),
            ProtectedIntegrationCode = string.IsNullOrWhiteSpace(input.IntegrationCode) ? null : secrets.Protect(input.IntegrationCode.Trim()),
            Status = report is null ? AutotaskIntegrationStatus.Draft : AutotaskIntegrationStatus.Validated,
            ZoneName = report?.Zone.Name,
            ValidatedAt = report is null ? null : now,
            ManagedAccountsLimit = input.ManagedAccountsLimit!.Value,
            UpdatedBy = actor,
            Created = now,
            Updated = now,
        };
        await store.AddAsync(integration, cancellationToken);
        return new AutotaskValidationOutcome(report, AutotaskIntegrationView.From(integration, 0));
    }

    /// <summary>
    /// Changes the name and credentials of an integration. Credentials are validated again first (empty secret fields
    /// keep the saved ones); nothing changes unless validation passes, or <paramref name="saveDraft"/> turns it into a draft.
    /// </summary>
    public async Task<Result<AutotaskValidationOutcome>> UpdateCredentialsAsync(Guid id, AutotaskIntegrationInput input, string actor, bool saveDraft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var integration = await store.GetAsync(id, cancellationToken);
        if (integration is null)
        {
            return AutotaskIntegrationErrors.IntegrationNotFound();
        }

        var probe = input.Copy();
        probe.ManagedAccountsLimit = integration.ManagedAccountsLimit;
        var saved = integration.ProtectedSecret is not null && integration.ProtectedIntegrationCode is not null;
        var validation = await validator.ValidateAsync(AutotaskIntegrationInputValidator.ContextFor(probe, saved || saveDraft), cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToError();
        }

        var secret = string.IsNullOrEmpty(input.Secret) ? Unprotect(integration.ProtectedSecret) : input.Secret;
        var code = string.IsNullOrWhiteSpace(input.IntegrationCode) ? Unprotect(integration.ProtectedIntegrationCode) : input.IntegrationCode.Trim();
        AutotaskPermissionReport? report = null;
        if (!saveDraft)
        {
            var checkResult = await connector.CheckAsync(new AutotaskCredentials(input.UserName!.Trim(), secret ?? string.Empty, code ?? string.Empty), cancellationToken);
            if (!checkResult.IsSuccess)
            {
                return checkResult.Error;
            }

            report = checkResult.Value;
            if (!report.AllGranted)
            {
                return new AutotaskValidationOutcome(report, null);
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        integration.Name = input.Name!.Trim();
        integration.UserName = input.UserName!.Trim();
        integration.ProtectedSecret = string.IsNullOrEmpty(input.Secret) ? integration.ProtectedSecret : secrets.Protect(input.Secret);
        integration.ProtectedIntegrationCode = string.IsNullOrWhiteSpace(input.IntegrationCode) ? integration.ProtectedIntegrationCode : secrets.Protect(input.IntegrationCode.Trim());
        integration.Status = report is null ? AutotaskIntegrationStatus.Draft : AutotaskIntegrationStatus.Validated;
        integration.ZoneName = report?.Zone.Name ?? integration.ZoneName;
        integration.ValidatedAt = report is null ? integration.ValidatedAt : now;
        integration.UpdatedBy = actor;
        integration.Updated = now;
        if (!await store.UpdateAsync(integration, cancellationToken))
        {
            return AutotaskIntegrationErrors.IntegrationNotFound();
        }

        return new AutotaskValidationOutcome(report, AutotaskIntegrationView.From(integration, await mappings.CountAsync(id, cancellationToken)));
    }

    /// <summary>Validates the saved credentials again; a passing check marks the integration validated, a failing one changes nothing.</summary>
    public async Task<Result<AutotaskPermissionReport>> RevalidateAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var integration = await store.GetAsync(id, cancellationToken);
        if (integration is null)
        {
            return AutotaskIntegrationErrors.IntegrationNotFound();
        }

        if (integration.ProtectedSecret is null || integration.ProtectedIntegrationCode is null)
        {
            return AutotaskErrors.InvalidCredentials("The draft has no secret or integration code yet: enter them first.");
        }

        var report = await connector.CheckAsync(CredentialsOf(integration), cancellationToken);
        if (report.IsSuccess && report.Value.AllGranted)
        {
            var now = time.GetUtcNow().UtcDateTime;
            integration.Status = AutotaskIntegrationStatus.Validated;
            integration.ZoneName = report.Value.Zone.Name;
            integration.ValidatedAt = now;
            integration.UpdatedBy = actor;
            integration.Updated = now;
            await store.UpdateAsync(integration, cancellationToken);
        }

        return report;
    }

    /// <summary>Changes the limit and the usage settings; the limit never goes below the mapped count.</summary>
    public async Task<Result<AutotaskIntegrationView>> UpdateSettingsAsync(Guid id, AutotaskUsageSettings settings, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var validation = await settingsValidator.ValidateAsync(settings, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToError();
        }

        var integration = await store.GetAsync(id, cancellationToken);
        if (integration is null)
        {
            return AutotaskIntegrationErrors.IntegrationNotFound();
        }

        var mapped = await mappings.CountAsync(id, cancellationToken);
        if (settings.ManagedAccountsLimit!.Value < mapped)
        {
            return AutotaskIntegrationErrors.LimitBelowMapped(mapped);
        }

        integration.ManagedAccountsLimit = settings.ManagedAccountsLimit.Value;
        integration.UsageRule = settings.UsageRule;
        integration.MinimumDays = settings.MinimumDays!.Value;
        integration.BillingServiceId = settings.BillingServiceId;
        integration.MonthlyPush = settings.MonthlyPush;
        integration.UpdatedBy = actor;
        integration.Updated = time.GetUtcNow().UtcDateTime;
        return await store.UpdateAsync(integration, cancellationToken)
            ? AutotaskIntegrationView.From(integration, mapped)
            : AutotaskIntegrationErrors.IntegrationNotFound();
    }

    /// <summary>Deletes the integration with its company mappings and usage push records.</summary>
    public async Task<Result> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        return await store.DeleteAsync(id, cancellationToken) ? Result.Success() : AutotaskIntegrationErrors.IntegrationNotFound();
    }

    /// <summary>The API budget of the integration's API user (requests this console sent, the threshold).</summary>
    public AutotaskUsage GetBudget(AutotaskIntegrationView integration)
    {
        ArgumentNullException.ThrowIfNull(integration);
        return connector.GetUsage(integration.UserName);
    }

    /// <summary>A client signed in with the saved credentials of a validated integration.</summary>
    public async Task<Result<(AutotaskIntegration Integration, IAutotaskClient Client)>> ConnectAsync(Guid id, CancellationToken cancellationToken)
    {
        var integration = await store.GetAsync(id, cancellationToken);
        if (integration is null)
        {
            return AutotaskIntegrationErrors.IntegrationNotFound();
        }

        if (integration.Status != AutotaskIntegrationStatus.Validated || integration.ProtectedSecret is null || integration.ProtectedIntegrationCode is null)
        {
            return AutotaskIntegrationErrors.NotValidated();
        }

        var client = await connector.ConnectAsync(CredentialsOf(integration), cancellationToken);
        return client.IsSuccess ? (integration, client.Value) : client.Error;
    }

    private static AutotaskCredentials Credentials(AutotaskIntegrationInput input) =>
        new(input.UserName!.Trim(), input.Secret ?? string.Empty, input.IntegrationCode?.Trim() ?? string.Empty);

    private AutotaskCredentials CredentialsOf(AutotaskIntegration integration) =>
        new(integration.UserName, Unprotect(integration.ProtectedSecret) ?? string.Empty, Unprotect(integration.ProtectedIntegrationCode) ?? string.Empty);

    private string? Unprotect(string? value) => value is null ? null : secrets.Unprotect(value);
}

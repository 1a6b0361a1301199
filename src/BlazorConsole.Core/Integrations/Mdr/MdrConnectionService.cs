using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;
using FluentValidation;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// The MDR connection use cases: connect (spends the pasted token and stores the new pair before answering), replace
/// the token, test, switch the synchronisation, delete, and keep the connection's ticketing rules. Tenant mappings are
/// in <c>MdrConnectionService.Tenants.cs</c>. Connecting, replacing the token, switching the synchronisation,
/// deleting, mapping and the ticketing rules need an Administrator covering all tenants
/// (<see cref="AccessScope.CanAdminister"/>); the test and the MDR tenants list name every MDR tenant, so they need a
/// principal covering all tenants.
/// </summary>
public sealed partial class MdrConnectionService(
    IMdrConnectionStore store,
    IMdrTenantMappingStore mappings,
    IMdrIncidentStore incidents,
    IMdrTokenJournal journal,
    IMdrClient client,
    MdrTokenKeeper keeper,
    ISecretProtector secrets,
    Tenants.ITenantStore tenants,
    ICompanyMappingStore companyMappings,
    AutotaskIntegrationService integrations,
    IValidator<MdrConnectionInput> inputValidator,
    IValidator<MdrTicketingSettings> ticketingValidator,
    TimeProvider time,
    IAccessScope? access = null) : IMdrConnectionService
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    public async Task<MdrConnectionView?> GetAsync(Guid connectionId, CancellationToken cancellationToken) =>
        await store.GetAsync(connectionId, cancellationToken) is { } connection ? MdrConnectionView.From(connection) : null;

    public async Task<MdrConnectionView?> GetByIntegrationAsync(Guid integrationId, CancellationToken cancellationToken) =>
        await store.GetByIntegrationAsync(integrationId, cancellationToken) is { } connection ? MdrConnectionView.From(connection) : null;

    public async Task<Result<MdrConnectionView>> ConnectAsync(Guid integrationId, MdrConnectionInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var validation = await inputValidator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToError();
        }

        if (await integrations.GetAsync(integrationId, cancellationToken) is null)
        {
            return AutotaskIntegrationErrors.IntegrationNotFound();
        }

        if (await store.GetByIntegrationAsync(integrationId, cancellationToken) is not null)
        {
            return MdrErrors.ConnectionExists();
        }

        var endpoint = MdrConnectionInputValidator.EndpointOf(input);
        var grant = await client.ExchangeAsync(endpoint, input.RefreshToken!.Trim(), cancellationToken);
        if (!grant.IsSuccess)
        {
            return grant.Error;
        }

        var now = time.GetUtcNow();
        var connection = new MdrConnection
        {
            Id = Guid.NewGuid(),
            IntegrationId = integrationId,
            BaseUrl = endpoint.BaseUrl,
            ClientId = endpoint.ClientId,
            ConnectionName = Cut(grant.Value.Profile.ConnectionName, MdrConnection.NameMaxLength),
            Role = grant.Value.Profile.Role,
            TenantScope = grant.Value.Profile.TenantNames,
            ProtectedAccessToken = secrets.Protect(grant.Value.AccessToken),
            ProtectedRefreshToken = secrets.Protect(grant.Value.RefreshToken),
            AccessTokenExpires = grant.Value.AccessTokenExpires,
            RefreshTokenExpires = grant.Value.RefreshTokenExpires,
            TokenVersion = 1,
            Status = MdrConnectionStatus.Connected,
            UpdatedBy = actor,
            Created = now.UtcDateTime,
            Updated = now.UtcDateTime,
        };
        var added = await store.AddAsync(connection, cancellationToken);
        return added.IsSuccess ? MdrConnectionView.From(connection) : added.Error;
    }

    public async Task<Result<MdrConnectionView>> ReplaceTokenAsync(Guid connectionId, MdrConnectionInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var validation = await inputValidator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToError();
        }

        if (await store.GetAsync(connectionId, cancellationToken) is null)
        {
            return MdrErrors.ConnectionNotFound();
        }

        var endpoint = MdrConnectionInputValidator.EndpointOf(input);
        var grant = await client.ExchangeAsync(endpoint, input.RefreshToken!.Trim(), cancellationToken);
        if (!grant.IsSuccess)
        {
            return grant.Error;
        }

        var stored = await keeper.StoreReplacementAsync(connectionId, grant.Value, endpoint, actor, cancellationToken);
        return stored.IsSuccess ? MdrConnectionView.From(stored.Value) : stored.Error;
    }

    public async Task<Result<MdrConnectionTest>> TestAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        if (!_access.Current.CanReadAllTenants)
        {
            return AccessScopeErrors.AllTenantsRequired;
        }

        var count = await keeper.CallAsync(
            connectionId,
            (endpoint, access, ct) => client.CountIncidentsAsync(endpoint, access, new MdrIncidentQuery(null, 1, 1), ct),
            cancellationToken);
        if (!count.IsSuccess)
        {
            return count.Error;
        }

        var assets = await keeper.CallAsync(connectionId, (endpoint, access, ct) => client.ListAssetsAsync(endpoint, access, null, ct), cancellationToken);
        if (!assets.IsSuccess)
        {
            return assets.Error;
        }

        var connection = await store.GetAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return MdrErrors.ConnectionNotFound();
        }

        var names = connection.TenantScope
            ?? SortedNames(assets.Value.Select(a => a.TenantName).Concat(await incidents.ListTenantNamesAsync(connectionId, cancellationToken)));
        return new MdrConnectionTest(ProfileOf(connection), count.Value, assets.Value.Count, names);
    }

    public async Task<Result> SetSyncEnabledAsync(Guid connectionId, bool enabled, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var connection = await store.GetAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return MdrErrors.ConnectionNotFound();
        }

        connection.SyncEnabled = enabled;
        return await SaveSettingsAsync(connection, actor, cancellationToken);
    }

    public async Task<Result> DeleteAsync(Guid connectionId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        if (!await store.DeleteAsync(connectionId, cancellationToken))
        {
            return MdrErrors.ConnectionNotFound();
        }

        await journal.RemoveAllAsync(connectionId, cancellationToken);
        return Result.Success();
    }

    public async Task<Result<MdrTicketChoices>> GetTicketChoicesAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var connection = await store.GetAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return MdrErrors.ConnectionNotFound();
        }

        var connected = await integrations.ConnectAsync(connection.IntegrationId, cancellationToken);
        if (!connected.IsSuccess)
        {
            return connected.Error;
        }

        var autotask = connected.Value.Client;
        var lists = new List<IReadOnlyList<AutotaskPicklistValue>>();
        foreach (var field in (string[])["queueID", "priority", "status", "issueType", "subIssueType"])
        {
            var values = await autotask.GetPicklistAsync("Tickets", field, cancellationToken);
            if (!values.IsSuccess)
            {
                return values.Error;
            }

            lists.Add(values.Value);
        }

        return new MdrTicketChoices(lists[0], lists[1], lists[2], lists[3], lists[4]);
    }

    public async Task<Result> SaveTicketingAsync(Guid connectionId, MdrTicketingSettings settings, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var validation = await ticketingValidator.ValidateAsync(settings, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToError();
        }

        var connection = await store.GetAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return MdrErrors.ConnectionNotFound();
        }

        var before = connection.Ticketing;
        connection.Ticketing = settings with { Rules = [.. settings.Rules.OrderBy(r => r.Priority)] };
        var saved = await SaveSettingsAsync(connection, actor, cancellationToken);
        if (saved.IsSuccess)
        {
            await ReconsiderSkippedAsync(connectionId, before, connection.Ticketing, cancellationToken);
        }

        return saved;
    }

    /// <summary>
    /// Incidents skipped because their severity made no ticket get one once a rule turns tickets on (open ones only,
    /// unless the rule also wants closed ones): the ticket stage applies the new rule at the next pass.
    /// </summary>
    private async Task ReconsiderSkippedAsync(Guid connectionId, MdrTicketingSettings before, MdrTicketingSettings after, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var turnedOn = after.Rules.Where(rule => rule.CreateTicket && !before.RuleFor(rule.Priority).CreateTicket).ToList();
        foreach (var openOnly in new[] { true, false })
        {
            var priorities = turnedOn.Where(rule => rule.OnlyOpenIncidents == openOnly).Select(rule => rule.Priority).ToList();
            await incidents.MakeSkippedDueAsync(connectionId, priorities, openOnly, now, cancellationToken);
        }
    }

    private async Task<Result> SaveSettingsAsync(MdrConnection connection, string actor, CancellationToken cancellationToken)
    {
        connection.UpdatedBy = actor;
        connection.Updated = time.GetUtcNow().UtcDateTime;
        return await store.UpdateSettingsAsync(connection, cancellationToken) ? Result.Success() : MdrErrors.ConnectionNotFound();
    }

    private static MdrConnectionProfile ProfileOf(MdrConnection connection) => new(connection.ConnectionName, connection.Role, connection.TenantScope);

    private static IReadOnlyList<string> SortedNames(IEnumerable<string> names) =>
        [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}

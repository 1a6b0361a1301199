using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using FluentValidation;
using Microsoft.Extensions.Logging;

namespace BlazorConsole.Core.Ksc;

/// <summary>
/// The KSC connection use cases behind the settings page. Settings are saved only after a successful connection
/// (or when an administrator explicitly saves them untested); a certificate is trusted only when the server still
/// presents the one the administrator saw. Bad input or a failed connection saves nothing. Testing, saving, trusting
/// and deleting need an Administrator covering all tenants (<see cref="AccessScope.CanAdminister"/>): a test may use
/// the saved password, so it is a change of the connection as far as access goes.
/// </summary>
public sealed partial class KscConnectionService(
    IKscConnectionStore store,
    IKscConnector connector,
    ISecretProtector secrets,
    IValidator<KscConnectionInput> validator,
    KscConnectionMonitor monitor,
    TimeProvider time,
    ILogger<KscConnectionService> logger,
    IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    /// <summary>The saved settings without the password, the trusted certificate and the last observed status.</summary>
    public async Task<KscConnectionView> GetAsync(CancellationToken cancellationToken)
    {
        var saved = await store.GetAsync(cancellationToken);
        return saved is null
            ? new KscConnectionView(null, null)
            : new KscConnectionView(KscSavedSettings.From(saved), monitor.Last);
    }

    /// <summary>Connects once with the saved settings and records the outcome as the current status.</summary>
    public async Task<Result<KscProbe>> CheckAsync(CancellationToken cancellationToken)
    {
        var saved = await store.GetAsync(cancellationToken);
        if (saved is null)
        {
            return KscErrors.ServiceNotConfigured();
        }

        var endpoint = KscSavedEndpoint.Create(saved, secrets);
        if (!endpoint.IsSuccess)
        {
            return endpoint.Error;
        }

        var probe = await connector.ProbeAsync(endpoint.Value, cancellationToken);
        monitor.Record(probe);
        return probe;
    }

    /// <summary>
    /// Connects once with the entered settings and saves nothing. The certificate is checked against
    /// <paramref name="candidatePin"/> when given, otherwise against the saved pin.
    /// </summary>
    public async Task<Result<KscProbe>> TestAsync(KscConnectionInput input, string? candidatePin, CancellationToken cancellationToken)
    {
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var saved = await store.GetAsync(cancellationToken);
        var candidate = await PrepareAsync(input, saved, cancellationToken);
        if (!candidate.IsSuccess)
        {
            return candidate.Error;
        }

        var pin = saved?.PinnedThumbprint;
        if (candidatePin is not null && !KscThumbprint.TryNormalize(candidatePin, out pin))
        {
            return InvalidThumbprint();
        }

        var probe = await connector.ProbeAsync(candidate.Value.Endpoint(pin), cancellationToken);
        if (saved is not null && pin == saved.PinnedThumbprint && candidate.Value.SameServerAndAccount(saved, PasswordTyped(input)))
        {
            // a test of exactly the saved connection is its current status
            monitor.Record(probe);
        }

        return probe;
    }

    /// <summary>
    /// Validates and connects with the saved pin; saves only when connected. <paramref name="saveUntested"/> saves
    /// without connecting (the administrator's explicit choice), marked untested.
    /// </summary>
    public async Task<Result<KscSaveOutcome>> SaveAsync(KscConnectionInput input, string actor, bool saveUntested, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var saved = await store.GetAsync(cancellationToken);
        var candidate = await PrepareAsync(input, saved, cancellationToken);
        if (!candidate.IsSuccess)
        {
            return candidate.Error;
        }

        if (saveUntested)
        {
            await StoreAsync(candidate.Value, actor, saved, newPin: null, tested: false, cancellationToken);
            monitor.Clear();
            LogSavedUntested(logger, candidate.Value.ToString(), actor);
            return new KscSaveOutcome(true, null);
        }

        var probe = await connector.ProbeAsync(candidate.Value.Endpoint(saved?.PinnedThumbprint), cancellationToken);
        if (!probe.IsConnected)
        {
            LogNotSaved(logger, candidate.Value.ToString(), probe.Status, actor);
            return new KscSaveOutcome(false, probe);
        }

        await StoreAsync(candidate.Value, actor, saved, newPin: null, tested: true, cancellationToken);
        monitor.Record(probe);
        LogSaved(logger, candidate.Value.ToString(), actor);
        return new KscSaveOutcome(true, probe);
    }

    /// <summary>
    /// Trusts the certificate with <paramref name="thumbprint"/> (the one the administrator verified) and saves the
    /// settings, but only when a new connection pinned to it succeeds: a server that now presents another
    /// certificate is refused and nothing is saved.
    /// </summary>
    public async Task<Result<KscSaveOutcome>> TrustAsync(KscConnectionInput input, string thumbprint, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var saved = await store.GetAsync(cancellationToken);
        var candidate = await PrepareAsync(input, saved, cancellationToken);
        if (!candidate.IsSuccess)
        {
            return candidate.Error;
        }

        if (!KscThumbprint.TryNormalize(thumbprint, out var pin))
        {
            return InvalidThumbprint();
        }

        var probe = await connector.ProbeAsync(candidate.Value.Endpoint(pin), cancellationToken);
        if (!probe.IsConnected)
        {
            LogTrustRefused(logger, pin, candidate.Value.ToString(), probe.Status, actor);
            return new KscSaveOutcome(false, probe);
        }

        await StoreAsync(candidate.Value, actor, saved, newPin: pin, tested: true, cancellationToken);
        monitor.Record(probe);
        LogTrusted(logger, pin, candidate.Value.ToString(), actor);
        return new KscSaveOutcome(true, probe);
    }

    /// <summary>Deletes the saved settings (tasks that need KSC then fail with KSC_ServiceNotConfigured).</summary>
    public async Task<Result> DeleteAsync(string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var deleted = await store.DeleteAsync(cancellationToken);
        monitor.Clear();
        if (!deleted)
        {
            return KscErrors.ServiceNotConfigured();
        }

        LogDeleted(logger, actor);
        return Result.Success();
    }

    private async Task<Result<KscConnectionCandidate>> PrepareAsync(KscConnectionInput input, KscConnection? saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var validation = await validator.ValidateAsync(KscConnectionInputValidator.ContextFor(input, saved is not null), cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToError();
        }

        var password = input.Password;
        if (!PasswordTyped(input))
        {
            // the validator lets a blank password through only when one is saved
            if (!KscSavedEndpoint.TryUnprotectPassword(saved!, secrets, out password))
            {
                return KscErrors.StoredPasswordUnreadable();
            }
        }

        return new KscConnectionCandidate(
            input.Address!.Trim(),
            input.Port!.Value,
            input.UserName!.Trim(),
            password!,
            string.IsNullOrWhiteSpace(input.IntegrationServerAddress) ? null : input.IntegrationServerAddress.Trim());
    }

    private async Task StoreAsync(KscConnectionCandidate candidate, string actor, KscConnection? saved, string? newPin, bool tested, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var connection = new KscConnection
        {
            Address = candidate.Address,
            Port = candidate.Port,
            UserName = candidate.UserName,
            ProtectedPassword = secrets.Protect(candidate.Password),
            IntegrationServerAddress = candidate.IntegrationServerAddress,
            PinnedThumbprint = newPin ?? saved?.PinnedThumbprint,
            PinnedBy = newPin is null ? saved?.PinnedBy : actor,
            PinnedAt = newPin is null ? saved?.PinnedAt : now,
            Tested = tested,
            UpdatedBy = actor,
            Updated = now,
        };
        await store.SaveAsync(connection, cancellationToken);
    }

    private static bool PasswordTyped(KscConnectionInput input) => !string.IsNullOrEmpty(input.Password);

    private static Error InvalidThumbprint() => Error.Validation(
        ErrorCodes.InvalidParameterValue,
        "The certificate thumbprint must be 64 hexadecimal digits (SHA-256).");

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "KSC connection settings {Endpoint} saved by {Actor} after a successful connection")]
    private static partial void LogSaved(ILogger logger, string endpoint, string actor);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "KSC connection settings {Endpoint} saved untested by {Actor}")]
    private static partial void LogSavedUntested(ILogger logger, string endpoint, string actor);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "KSC connection settings {Endpoint} not saved for {Actor}: the connection ended {Status}")]
    private static partial void LogNotSaved(ILogger logger, string endpoint, KscProbeStatus status, string actor);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "{Actor} trusted the KSC certificate SHA-256 {Thumbprint} of {Endpoint}")]
    private static partial void LogTrusted(ILogger logger, string thumbprint, string endpoint, string actor);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Trusting the KSC certificate SHA-256 {Thumbprint} of {Endpoint} was refused for {Actor}: the connection ended {Status}; nothing saved")]
    private static partial void LogTrustRefused(ILogger logger, string thumbprint, string endpoint, KscProbeStatus status, string actor);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "KSC connection settings deleted by {Actor}")]
    private static partial void LogDeleted(ILogger logger, string actor);
}

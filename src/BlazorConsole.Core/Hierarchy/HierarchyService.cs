using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using FluentValidation;
using Microsoft.Extensions.Logging;

namespace BlazorConsole.Core.Hierarchy;

/// <summary>
/// The server hierarchy use cases behind the hierarchy page: show the console's KSC Administration Server (the
/// primary) with its secondaries, add a secondary from either side, remove one. Bad input or a refused step changes
/// nothing (a registration made before a later step failed is removed again). Passwords are never stored or logged.
/// Any principal with a role may look; adding (including fetching a future secondary's certificate) and removing need
/// an Administrator covering all tenants (<see cref="AccessScope.CanAdminister"/>).
/// </summary>
public sealed partial class HierarchyService(
    IKscConnectionStore store,
    ISecretProtector secrets,
    IKscHierarchyConnector connector,
    IValidator<AddSecondaryInput> validator,
    ILogger<HierarchyService> logger,
    IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    /// <summary>The primary (the KSC connection's server), its groups and its secondaries.</summary>
    public async Task<Result<HierarchyView>> GetAsync(CancellationToken cancellationToken)
    {
        var opened = await OpenPrimaryAsync(cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        await using var primary = opened.Value.Session;
        var identity = await primary.GetIdentityAsync(cancellationToken);
        if (!identity.IsSuccess)
        {
            return identity.Error;
        }

        var groups = await primary.GetGroupsAsync(cancellationToken);
        if (!groups.IsSuccess)
        {
            return groups.Error;
        }

        var secondaries = await primary.GetSecondariesAsync(cancellationToken);
        return secondaries.IsSuccess
            ? new HierarchyView(identity.Value.HostName, opened.Value.Address, identity.Value.Version, groups.Value, secondaries.Value)
            : secondaries.Error;
    }

    /// <summary>The certificate the server at <paramref name="address"/>:<paramref name="port"/> presents, for the Verify certificate window.</summary>
    public async Task<Result<KscCertificate>> FetchCertificateAsync(string? address, int? port, CancellationToken cancellationToken)
    {
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        if (string.IsNullOrWhiteSpace(address) || !HostAddress.IsValid(address.Trim()))
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, "Enter a valid address first (IPv4 address or fully qualified domain name).");
        }

        if (port is not (>= 1 and <= 65535))
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, "The port must be between 1 and 65535.");
        }

        return await connector.FetchCertificateAsync(address.Trim(), port.Value, cancellationToken);
    }

    /// <summary>The certificate of the console's primary (to give a future secondary).</summary>
    public async Task<Result<ServerCertificate>> GetPrimaryCertificateAsync(CancellationToken cancellationToken)
    {
        var opened = await OpenPrimaryAsync(cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        await using var primary = opened.Value.Session;
        var identity = await primary.GetIdentityAsync(cancellationToken);
        return identity.IsSuccess ? ServerCertificate.FromDer(identity.Value.Certificate) : identity.Error;
    }

    /// <summary>Removes the secondary <paramref name="secondaryId"/> from the primary.</summary>
    public async Task<Result> RemoveAsync(long secondaryId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var opened = await OpenPrimaryAsync(cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        await using var primary = opened.Value.Session;
        var removed = await primary.RemoveSecondaryAsync(secondaryId, cancellationToken);
        if (removed.IsSuccess)
        {
            LogRemoved(logger, secondaryId, actor);
        }

        return removed;
    }

    private async Task<Result<OpenedPrimary>> OpenPrimaryAsync(CancellationToken cancellationToken)
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

        var session = await connector.OpenAsync(endpoint.Value, twoStepCode: null, cancellationToken);
        return session.IsSuccess ? new OpenedPrimary(session.Value, saved.Address) : session.Error;
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Secondary Administration Server {SecondaryId} ('{DisplayName}') registered on the primary by {Actor}; secondary configured: {Configured}")]
    private static partial void LogRegistered(ILogger logger, long secondaryId, string displayName, string actor, bool configured);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Secondary Administration Server at {Address} configured by {Actor} to connect to the primary {PrimaryAddress}:{PrimaryPort} (DMZ: {Dmz}, proxy: {Proxy})")]
    private static partial void LogConfigured(ILogger logger, string address, string actor, string primaryAddress, int primaryPort, bool dmz, string proxy);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "Secondary Administration Server {SecondaryId} removed from the primary by {Actor}")]
    private static partial void LogRemoved(ILogger logger, long secondaryId, string actor);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Warning, Message = "Registration {SecondaryId} removed again after configuring the secondary failed with {Code}")]
    private static partial void LogUndone(ILogger logger, long secondaryId, string code);

    private sealed record OpenedPrimary(IKscHierarchySession Session, string Address);
}

using System.Security.Cryptography;
using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Web.Audit;

/// <summary>One hierarchy session of <see cref="AuditedHierarchyConnector"/>: its changes are recorded once KSC accepted them.</summary>
internal sealed class AuditedHierarchySession(IKscHierarchySession inner, string server, AuditService audit) : IKscHierarchySession
{
    public const string SecondaryAddedAction = "hierarchy.secondary-added";
    public const string SecondaryRemovedAction = "hierarchy.secondary-removed";
    public const string PrimaryChangedAction = "hierarchy.primary-changed";

    public Task<Result<KscServerIdentity>> GetIdentityAsync(CancellationToken cancellationToken) => inner.GetIdentityAsync(cancellationToken);

    public Task<Result<IReadOnlyList<KscGroup>>> GetGroupsAsync(CancellationToken cancellationToken) => inner.GetGroupsAsync(cancellationToken);

    public Task<Result<IReadOnlyList<SecondaryServer>>> GetSecondariesAsync(CancellationToken cancellationToken) => inner.GetSecondariesAsync(cancellationToken);

    public async Task<Result<long>> RegisterSecondaryAsync(SecondaryRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var registered = await inner.RegisterSecondaryAsync(registration, cancellationToken);
        if (registered.IsSuccess)
        {
            var after = new
            {
                registration.DisplayName,
                registration.GroupId,
                Dmz = registration.NetAddress is not null,
                registration.NetAddress,
                CertificateSha256 = Thumbprint(registration.Certificate),
            };
            await audit.RecordAsync(SecondaryAddedAction, Target(registered.Value, registration.DisplayName), new { primary = server, after }, cancellationToken);
        }

        return registered;
    }

    public async Task<Result> RemoveSecondaryAsync(long secondaryId, CancellationToken cancellationToken)
    {
        // what it was, for the record (a failed read only leaves the summary without it)
        var list = await inner.GetSecondariesAsync(cancellationToken);
        var before = list.IsSuccess ? list.Value.FirstOrDefault(s => s.Id == secondaryId) : null;
        var removed = await inner.RemoveSecondaryAsync(secondaryId, cancellationToken);
        if (removed.IsSuccess)
        {
            var summary = before is null
                ? null
                : new { before.DisplayName, before.GroupId, before.Dmz, before.Address, Status = before.Status.ToString(), before.Version };
            await audit.RecordAsync(SecondaryRemovedAction, Target(secondaryId, before?.DisplayName), new { primary = server, before = summary }, cancellationToken);
        }

        return removed;
    }

    public async Task<Result> WritePrimaryConnectionAsync(string hostName, PrimaryConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var written = await inner.WritePrimaryConnectionAsync(hostName, connection, cancellationToken);
        if (written.IsSuccess)
        {
            // the proxy's ToString leaves its password out
            var after = new
            {
                connection.Address,
                connection.Port,
                connection.Dmz,
                Proxy = connection.Proxy?.ToString(),
                CertificateSha256 = Thumbprint(connection.Certificate),
            };
            await audit.RecordAsync(PrimaryChangedAction, new AuditTarget("KscServer", hostName, server), new { after }, cancellationToken);
        }

        return written;
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private static AuditTarget Target(long secondaryId, string? displayName) =>
        new("SecondaryServer", secondaryId.ToString(System.Globalization.CultureInfo.InvariantCulture), displayName);

    private static string Thumbprint(byte[] certificate) => Convert.ToHexString(SHA256.HashData(certificate));
}

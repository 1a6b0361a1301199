using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Web.Audit;

/// <summary>
/// Records saves (settings changed, certificate trusted) and the removal of the KSC connection with a before/after
/// summary of address, port, user and pinned certificate; the password is never part of it.
/// </summary>
internal sealed class AuditedKscConnectionStore(IKscConnectionStore inner, AuditService audit) : IKscConnectionStore
{
    public const string SavedAction = "ksc.connection-saved";
    public const string DeletedAction = "ksc.connection-deleted";

    public Task<KscConnection?> GetAsync(CancellationToken cancellationToken) => inner.GetAsync(cancellationToken);

    public async Task SaveAsync(KscConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var before = await inner.GetAsync(cancellationToken);
        await inner.SaveAsync(connection, cancellationToken);
        await audit.RecordAsync(SavedAction, Target(connection), new { before = Summary(before), after = Summary(connection) }, cancellationToken);
    }

    public async Task<bool> DeleteAsync(CancellationToken cancellationToken)
    {
        var before = await inner.GetAsync(cancellationToken);
        var deleted = await inner.DeleteAsync(cancellationToken);
        if (deleted)
        {
            await audit.RecordAsync(DeletedAction, before is null ? new AuditTarget("KscConnection") : Target(before), new { before = Summary(before) }, cancellationToken);
        }

        return deleted;
    }

    private static AuditTarget Target(KscConnection connection) => new("KscConnection", null, $"{connection.Address}:{connection.Port}");

    private static object? Summary(KscConnection? connection) => connection is null
        ? null
        : new { connection.Address, connection.Port, connection.UserName, connection.IntegrationServerAddress, connection.PinnedThumbprint, connection.Tested };
}

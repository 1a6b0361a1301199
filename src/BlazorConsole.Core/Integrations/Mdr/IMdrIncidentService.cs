using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>The synced incidents of a connection, and the manual controls of the synchronisation.</summary>
public interface IMdrIncidentService
{
    /// <summary>A page of the connection's synced incidents; empty for a principal that does not cover all tenants.</summary>
    Task<Page<MdrSyncedIncidentView>> ListAsync(Guid connectionId, MdrIncidentFilter filter, CancellationToken cancellationToken);

    /// <summary>Makes one failed or unmapped incident due at once (its ticket or notes are tried at the next pass).</summary>
    Task<Result> RetryAsync(Guid connectionId, Guid syncedIncidentId, CancellationToken cancellationToken);

    /// <summary>Makes every failed incident of the connection due at once; how many.</summary>
    Task<Result<int>> RetryFailedAsync(Guid connectionId, CancellationToken cancellationToken);

    /// <summary>Runs one synchronisation pass now (the worker's pass; never two at once for a connection).</summary>
    Task<Result<MdrSyncOutcome>> SyncNowAsync(Guid connectionId, CancellationToken cancellationToken);
}

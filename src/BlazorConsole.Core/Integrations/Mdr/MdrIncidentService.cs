using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>The synced incidents of a connection, retries, and a pass on demand through <see cref="MdrSyncEngine"/>.</summary>
public sealed class MdrIncidentService(IMdrConnectionStore connections, IMdrIncidentStore incidents, MdrSyncEngine engine, TimeProvider time) : IMdrIncidentService
{
    public const int MaxPageSize = 200;

    public Task<Page<MdrSyncedIncidentView>> ListAsync(Guid connectionId, MdrIncidentFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var safe = filter with
        {
            Page = Math.Max(1, filter.Page),
            PageSize = Math.Clamp(filter.PageSize, 1, MaxPageSize),
            Search = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim(),
        };
        return incidents.ListAsync(connectionId, safe, cancellationToken);
    }

    public async Task<Result> RetryAsync(Guid connectionId, Guid syncedIncidentId, CancellationToken cancellationToken)
    {
        var record = await incidents.GetAsync(syncedIncidentId, cancellationToken);
        if (record is null || record.ConnectionId != connectionId)
        {
            return MdrErrors.NotFound("The synced incident");
        }

        if (record.State is not (MdrIncidentSyncState.Failed or MdrIncidentSyncState.Unmapped))
        {
            return MdrErrors.InvalidInput("Only a failed or unmapped incident can be retried.");
        }

        await incidents.MakeDueAsync(connectionId, syncedIncidentId, time.GetUtcNow(), cancellationToken);
        return Result.Success();
    }

    public async Task<Result<int>> RetryFailedAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        if (await connections.GetAsync(connectionId, cancellationToken) is null)
        {
            return MdrErrors.ConnectionNotFound();
        }

        return await incidents.MakeDueAsync(connectionId, null, time.GetUtcNow(), cancellationToken);
    }

    public Task<Result<MdrSyncOutcome>> SyncNowAsync(Guid connectionId, CancellationToken cancellationToken) =>
        engine.RunAsync(connectionId, cancellationToken);
}

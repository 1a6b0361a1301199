using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// The synced incidents of a connection, retries, and a pass on demand through <see cref="MdrSyncEngine"/>. The list
/// spans the connection's tenants, so a principal that does not cover all tenants gets an empty page; retries and a pass
/// on demand need an Administrator covering all tenants (<see cref="AccessScope.CanAdminister"/>). The background
/// worker runs the engine itself, as the system.
/// </summary>
public sealed class MdrIncidentService(
    IMdrConnectionStore connections,
    IMdrIncidentStore incidents,
    MdrSyncEngine engine,
    TimeProvider time,
    IAccessScope? access = null) : IMdrIncidentService
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    public const int MaxPageSize = 200;

    public Task<Page<MdrSyncedIncidentView>> ListAsync(Guid connectionId, MdrIncidentFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!_access.Current.CanReadAllTenants)
        {
            return Task.FromResult(new Page<MdrSyncedIncidentView>([], 0));
        }

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
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

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
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        if (await connections.GetAsync(connectionId, cancellationToken) is null)
        {
            return MdrErrors.ConnectionNotFound();
        }

        return await incidents.MakeDueAsync(connectionId, null, time.GetUtcNow(), cancellationToken);
    }

    public async Task<Result<MdrSyncOutcome>> SyncNowAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        return await engine.RunAsync(connectionId, cancellationToken);
    }
}

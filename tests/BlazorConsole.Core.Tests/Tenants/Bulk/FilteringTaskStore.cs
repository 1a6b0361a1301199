using System.Runtime.CompilerServices;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tests.Tenants.Bulk;

/// <summary>
/// Task rows in memory whose stream honours the parent and tenant filters (what the bulk handler reads), and
/// <see cref="End"/>, which ends a child as its runner would, publishing the change only when asked to.
/// </summary>
internal sealed class FilteringTaskStore(TaskNotifier notifier) : ITaskStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, ConsoleTask> _rows = [];

    public IReadOnlyList<ConsoleTask> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _rows.Values.Select(t => t.Snapshot()).OrderBy(t => t.Created).ThenBy(t => t.Id)];
            }
        }
    }

    public IReadOnlyList<ConsoleTask> ChildrenOf(Guid parentId) => [.. All.Where(t => t.ParentId == parentId)];

    /// <summary>Ends a task; <paramref name="publish"/> false is a task ended by another node (nothing published here).</summary>
    public void End(Guid id, TaskState state, string? errorCode = null, bool publish = true)
    {
        ConsoleTask snapshot;
        lock (_lock)
        {
            var task = _rows[id];
            task.State = state;
            task.ErrorCode = errorCode;
            task.ErrorMessage = errorCode is null ? null : $"failed with {errorCode}";
            snapshot = task.Snapshot();
        }

        if (publish)
        {
            notifier.Publish(snapshot);
        }
    }

    public Task AddAsync(ConsoleTask task, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _rows[task.Id] = task.Snapshot();
        }

        return Task.CompletedTask;
    }

    public Task<ConsoleTask?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.TryGetValue(id, out var task) ? task.Snapshot() : null);
        }
    }

    public async IAsyncEnumerable<ConsoleTask> StreamAsync(TaskQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var row in All.Where(t => (query.ParentId is null || t.ParentId == query.ParentId) && (query.TenantId is null || t.TenantId == query.TenantId)))
        {
            await Task.Yield();
            yield return row;
        }
    }

    public Task<IReadOnlyList<Guid>> ListQueuedAsync(int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> TryClaimAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> TryRequeueAsync(Guid id, string worker, DateTime now, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> SaveAsync(ConsoleTask task, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<CancelOutcome> RequestCancelAsync(Guid id, DateTime now, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> IsCancelRequestedAsync(Guid id, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> RenewLeasesAsync(string worker, IReadOnlyCollection<Guid> ids, DateTime leaseExpires, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Guid>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> TryTakeOverAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> ReplaceFinalInputAsync(Guid id, string input, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> PurgeAsync(DateTime changedBefore, CancellationToken cancellationToken) => throw new NotSupportedException();
}

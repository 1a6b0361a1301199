using System.Runtime.CompilerServices;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Web.Tests.Components.Tenants;

/// <summary>
/// Task rows in memory for page tests: add, read, stream with the parent/tenant filters, and <see cref="Update"/>,
/// which stands in for the worker (it changes a row and publishes it, as the runner does). Claiming is not needed.
/// </summary>
public sealed class InMemoryTaskStore(TaskNotifier notifier) : ITaskStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, ConsoleTask> _rows = [];

    /// <summary>When set, reads throw, as a database that is down would.</summary>
    public bool Fail { get; set; }

    public IReadOnlyList<ConsoleTask> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _rows.Values.Select(t => t.Snapshot()).OrderBy(t => t.Created)];
            }
        }
    }

    /// <summary>Changes a task as the worker would and publishes the change on the notifier.</summary>
    public ConsoleTask Update(Guid id, Action<ConsoleTask> change)
    {
        ConsoleTask snapshot;
        lock (_lock)
        {
            var task = _rows[id];
            change(task);
            task.Changed = task.Changed.AddTicks(1);
            snapshot = task.Snapshot();
        }

        notifier.Publish(snapshot);
        return snapshot;
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
        ThrowIfFailing();
        lock (_lock)
        {
            return Task.FromResult(_rows.TryGetValue(id, out var task) ? task.Snapshot() : null);
        }
    }

    public async IAsyncEnumerable<ConsoleTask> StreamAsync(TaskQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        var rows = All.Where(t => (query.ParentId is null || t.ParentId == query.ParentId) && (query.TenantId is null || t.TenantId == query.TenantId)).ToList();
        foreach (var row in rows)
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

    private void ThrowIfFailing()
    {
        if (Fail)
        {
            throw new InvalidOperationException("database is locked (secret detail)");
        }
    }
}

using System.Runtime.CompilerServices;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tests.Tasks;

/// <summary>Task rows in memory, with the same conditional updates as the SQL store; keeps every saved version.</summary>
internal sealed class FakeTaskStore : ITaskStore
{
    private const string CanceledBeforeStart = "The task was canceled before it started.";

    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, ConsoleTask> _rows = [];

    public List<ConsoleTask> Saves { get; } = [];

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
        List<ConsoleTask> rows;
        lock (_lock)
        {
            rows = [.. _rows.Values.Select(t => t.Snapshot()).OrderBy(t => t.Created)];
        }

        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    public Task<IReadOnlyList<Guid>> ListQueuedAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Guid>>([.. _rows.Values.Where(t => t.State == TaskState.Queued).OrderBy(t => t.Created).Take(limit).Select(t => t.Id)]);
        }
    }

    public Task<bool> TryClaimAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var task) || task.State != TaskState.Queued)
            {
                return Task.FromResult(false);
            }

            task.State = TaskState.Starting;
            task.ClaimedBy = worker;
            task.LeaseExpires = leaseExpires;
            task.StateChanged = now;
            task.Changed = now;
            return Task.FromResult(true);
        }
    }

    public Task<bool> TryRequeueAsync(Guid id, string worker, DateTime now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var task) || task.ClaimedBy != worker || task.State != TaskState.Starting || task.StepsDone != 0 || task.CancelRequested)
            {
                return Task.FromResult(false);
            }

            task.State = TaskState.Queued;
            task.ClaimedBy = null;
            task.LeaseExpires = null;
            task.StateChanged = now;
            task.Changed = now;
            return Task.FromResult(true);
        }
    }

    public Task<bool> SaveAsync(ConsoleTask task, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var row = _rows[task.Id];
            if (row.ClaimedBy != task.ClaimedBy)
            {
                return Task.FromResult(false);
            }

            var copy = task.Snapshot();
            copy.CancelRequested = row.CancelRequested;
            copy.ClaimedBy = row.ClaimedBy;
            copy.LeaseExpires = row.LeaseExpires;
            if (task.State == TaskState.Running && row.State == TaskState.Stopping)
            {
                copy.State = TaskState.Stopping;
            }

            _rows[task.Id] = copy;
            Saves.Add(copy.Snapshot());
        }

        return Task.FromResult(true);
    }

    public Task<CancelOutcome> RequestCancelAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var task))
            {
                return Task.FromResult(CancelOutcome.NotFound);
            }

            if (task.ParentId is not null)
            {
                return Task.FromResult(CancelOutcome.ChildTask);
            }

            if (task.State.IsFinal())
            {
                return Task.FromResult(CancelOutcome.AlreadyFinal);
            }

            task.CancelRequested = true;
            task.StateChanged = now;
            task.Changed = now;
            if (task.State is TaskState.Created or TaskState.Queued)
            {
                task.State = TaskState.Canceled;
                task.ErrorCode = TaskErrors.CanceledCode;
                task.ErrorMessage = CanceledBeforeStart;
                CancelChildren(id, now);
                return Task.FromResult(CancelOutcome.Canceled);
            }

            task.State = TaskState.Stopping;
            CancelChildren(id, now);
            return Task.FromResult(CancelOutcome.Stopping);
        }
    }

    public Task<bool> IsCancelRequestedAsync(Guid id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(_rows.TryGetValue(id, out var task) && task.CancelRequested);
        }
    }

    public Task<int> RenewLeasesAsync(string worker, IReadOnlyCollection<Guid> ids, DateTime leaseExpires, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var held = _rows.Values.Where(t => ids.Contains(t.Id) && t.ClaimedBy == worker && t.State.IsActive()).ToList();
            held.ForEach(t => t.LeaseExpires = leaseExpires);
            return Task.FromResult(held.Count);
        }
    }

    public Task<IReadOnlyList<Guid>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Guid>>([.. _rows.Values.Where(t => IsExpired(t, now)).Take(limit).Select(t => t.Id)]);
        }
    }

    public Task<bool> TryTakeOverAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var task) || !IsExpired(task, now))
            {
                return Task.FromResult(false);
            }

            task.ClaimedBy = worker;
            task.LeaseExpires = leaseExpires;
            task.Changed = now;
            return Task.FromResult(true);
        }
    }

    public Task<bool> ReplaceFinalInputAsync(Guid id, string input, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var task) || !task.State.IsFinal())
            {
                return Task.FromResult(false);
            }

            task.Input = input;
            return Task.FromResult(true);
        }
    }

    public Task<int> PurgeAsync(DateTime changedBefore, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var old = _rows.Values.Where(t => t.State.IsFinal() && t.Changed < changedBefore).Select(t => t.Id).ToList();
            old.ForEach(id => _rows.Remove(id));
            return Task.FromResult(old.Count);
        }
    }

    /// <summary>Hands the row to another worker, the way a host that took over an expired task does.</summary>
    public void GiveTo(Guid id, string worker)
    {
        lock (_lock)
        {
            _rows[id].ClaimedBy = worker;
        }
    }

    /// <summary>Sets the cancel flag the way another node's cancel request does (the row only).</summary>
    public void FlagCancel(Guid id)
    {
        lock (_lock)
        {
            _rows[id].CancelRequested = true;
            _rows[id].State = TaskState.Stopping;
        }
    }

    private void CancelChildren(Guid parentId, DateTime now)
    {
        foreach (var child in _rows.Values.Where(t => t.ParentId == parentId && !t.State.IsFinal()))
        {
            child.CancelRequested = true;
            child.StateChanged = now;
            child.Changed = now;
            if (child.State is TaskState.Created or TaskState.Queued)
            {
                child.State = TaskState.Canceled;
                child.ErrorCode = TaskErrors.CanceledCode;
                child.ErrorMessage = CanceledBeforeStart;
            }
            else
            {
                child.State = TaskState.Stopping;
            }
        }
    }

    private static bool IsExpired(ConsoleTask task, DateTime now) =>
        task.State.IsActive() && (task.LeaseExpires is null || task.LeaseExpires < now);
}

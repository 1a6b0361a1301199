using System.Runtime.CompilerServices;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tests.Tasks;

/// <summary>Task rows in memory, with the same conditional updates as the SQL store; keeps every saved version.</summary>
internal sealed class FakeTaskStore : ITaskStore
{
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

    public Task<bool> TryClaimAsync(Guid id, string worker, DateTime now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var task) || task.State != TaskState.Queued)
            {
                return Task.FromResult(false);
            }

            task.State = TaskState.Starting;
            task.ClaimedBy = worker;
            task.StateChanged = now;
            task.Changed = now;
            return Task.FromResult(true);
        }
    }

    public Task<bool> TryRequeueAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var task) || task.State != TaskState.Starting || task.StepsDone != 0 || task.CancelRequested)
            {
                return Task.FromResult(false);
            }

            task.State = TaskState.Queued;
            task.ClaimedBy = null;
            task.StateChanged = now;
            task.Changed = now;
            return Task.FromResult(true);
        }
    }

    public Task SaveAsync(ConsoleTask task, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var row = _rows[task.Id];
            var copy = task.Snapshot();
            copy.CancelRequested = row.CancelRequested;
            copy.ClaimedBy = row.ClaimedBy;
            if (task.State == TaskState.Running && row.State == TaskState.Stopping)
            {
                copy.State = TaskState.Stopping;
            }

            _rows[task.Id] = copy;
            Saves.Add(copy.Snapshot());
        }

        return Task.CompletedTask;
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
                return Task.FromResult(CancelOutcome.Canceled);
            }

            task.State = TaskState.Stopping;
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

    public Task<IReadOnlyList<ConsoleTask>> ListActiveAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ConsoleTask>>([.. _rows.Values.Where(t => t.State.IsActive()).Select(t => t.Snapshot())]);
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

    /// <summary>Sets the cancel flag the way another node's cancel request does (the row only).</summary>
    public void FlagCancel(Guid id)
    {
        lock (_lock)
        {
            _rows[id].CancelRequested = true;
            _rows[id].State = TaskState.Stopping;
        }
    }
}

namespace BlazorConsole.Core.Tasks;

/// <summary>The persisted task rows. Every state change goes through here, so that it is atomic in SQL.</summary>
public interface ITaskStore
{
    Task AddAsync(ConsoleTask task, CancellationToken cancellationToken);

    Task<ConsoleTask?> GetAsync(Guid id, CancellationToken cancellationToken);

    IAsyncEnumerable<ConsoleTask> StreamAsync(TaskQuery query, CancellationToken cancellationToken);

    /// <summary>Ids of Queued tasks, oldest first.</summary>
    Task<IReadOnlyList<Guid>> ListQueuedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Queued → Starting for this worker, in one conditional UPDATE; false when another worker won.</summary>
    Task<bool> TryClaimAsync(Guid id, string worker, DateTime now, CancellationToken cancellationToken);

    /// <summary>
    /// Starting → Queued for a task claimed by a worker that stopped before it ran any step, in one
    /// conditional UPDATE; false when the task is no longer Starting with no step done.
    /// </summary>
    Task<bool> TryRequeueAsync(Guid id, DateTime now, CancellationToken cancellationToken);

    /// <summary>Saves stage, progress, state, steps done, data, result, error and tenant of a claimed task. A Stopping state set by a cancel request is never overwritten with Running.</summary>
    Task SaveAsync(ConsoleTask task, CancellationToken cancellationToken);

    /// <summary>Applies a cancel request atomically (see <see cref="CancelOutcome"/>).</summary>
    Task<CancelOutcome> RequestCancelAsync(Guid id, DateTime now, CancellationToken cancellationToken);

    /// <summary>True when a cancel was requested for the task (read between steps).</summary>
    Task<bool> IsCancelRequestedAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Tasks left Starting, Running or Stopping (by a host that stopped).</summary>
    Task<IReadOnlyList<ConsoleTask>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Deletes final tasks that changed before the given time; returns how many.</summary>
    Task<int> PurgeAsync(DateTime changedBefore, CancellationToken cancellationToken);
}

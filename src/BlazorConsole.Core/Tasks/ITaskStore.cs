namespace BlazorConsole.Core.Tasks;

/// <summary>
/// The persisted task rows. Every state change goes through here, so that it is atomic in SQL. A claimed
/// task belongs to the worker in <see cref="ConsoleTask.ClaimedBy"/> while its lease runs: only that worker
/// writes it, and another worker takes it over only once the lease has expired.
/// </summary>
public interface ITaskStore
{
    Task AddAsync(ConsoleTask task, CancellationToken cancellationToken);

    Task<ConsoleTask?> GetAsync(Guid id, CancellationToken cancellationToken);

    IAsyncEnumerable<ConsoleTask> StreamAsync(TaskQuery query, CancellationToken cancellationToken);

    /// <summary>Ids of Queued tasks, oldest first.</summary>
    Task<IReadOnlyList<Guid>> ListQueuedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Queued → Starting for this worker with a lease, in one conditional UPDATE; false when another worker won.</summary>
    Task<bool> TryClaimAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken);

    /// <summary>
    /// Starting → Queued for a task this worker holds and that ran no step, in one conditional UPDATE; false
    /// when the task is no longer Starting with no step done, or is held by another worker.
    /// </summary>
    Task<bool> TryRequeueAsync(Guid id, string worker, DateTime now, CancellationToken cancellationToken);

    /// <summary>
    /// Saves stage, progress, state, steps done, data, input, result, error and tenant of a task, only when the
    /// row is still held by <see cref="ConsoleTask.ClaimedBy"/>; false when another worker has taken it over
    /// (the row is then left untouched). A Stopping state set by a cancel request is never overwritten with Running.
    /// </summary>
    Task<bool> SaveAsync(ConsoleTask task, CancellationToken cancellationToken);

    /// <summary>Applies a cancel request atomically (see <see cref="CancelOutcome"/>).</summary>
    Task<CancelOutcome> RequestCancelAsync(Guid id, DateTime now, CancellationToken cancellationToken);

    /// <summary>True when a cancel was requested for the task (read between steps).</summary>
    Task<bool> IsCancelRequestedAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Extends the lease of the given tasks that this worker still holds and that are still active, in one
    /// UPDATE; returns how many. Only the tasks the worker is running are renewed, so that a task whose run
    /// broke off is recovered once its lease expires.
    /// </summary>
    Task<int> RenewLeasesAsync(string worker, IReadOnlyCollection<Guid> ids, DateTime leaseExpires, CancellationToken cancellationToken);

    /// <summary>Ids of active tasks (Starting, Running, Stopping) whose lease expired before <paramref name="now"/>: their host died.</summary>
    Task<IReadOnlyList<Guid>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Takes over an active task whose lease has expired, in one conditional UPDATE (this worker and a new
    /// lease); false when the lease was renewed or another worker took it first.
    /// </summary>
    Task<bool> TryTakeOverAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken);

    /// <summary>Replaces the input of an ended task (to drop its secrets); false when the task is not final.</summary>
    Task<bool> ReplaceFinalInputAsync(Guid id, string input, CancellationToken cancellationToken);

    /// <summary>Deletes final tasks that changed before the given time; returns how many.</summary>
    Task<int> PurgeAsync(DateTime changedBefore, CancellationToken cancellationToken);
}

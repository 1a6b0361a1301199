using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Web.Audit;

/// <summary>
/// Records the task engine's changes as they are committed: a task queued (tenant create, activate, deactivate,
/// delete, bulk, report), a task ended (completed, failed, canceled) and a cancel request. The task id is the target.
/// Every other call passes through unchanged.
/// </summary>
internal sealed class AuditedTaskStore(ITaskStore inner, AuditService audit) : ITaskStore
{
    public async Task AddAsync(ConsoleTask task, CancellationToken cancellationToken)
    {
        await inner.AddAsync(task, cancellationToken);
        await audit.RecordAsync(AuditActions.TaskQueued, Target(task), new { type = task.Type, tenantId = task.TenantId, parentId = task.ParentId }, cancellationToken);
    }

    public async Task<bool> SaveAsync(ConsoleTask task, CancellationToken cancellationToken)
    {
        var saved = await inner.SaveAsync(task, cancellationToken);
        if (saved && Ended(task.State) is { } action)
        {
            await audit.RecordAsync(action, Target(task), new { type = task.Type, tenantId = task.TenantId, state = task.State.ToString(), errorCode = task.ErrorCode }, cancellationToken);
        }

        return saved;
    }

    public async Task<CancelOutcome> RequestCancelAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        var outcome = await inner.RequestCancelAsync(id, now, cancellationToken);
        if (outcome is CancelOutcome.Canceled or CancelOutcome.Stopping)
        {
            await audit.RecordAsync(AuditActions.TaskCancelRequested, new AuditTarget("Task", id.ToString()), new { outcome = outcome.ToString() }, cancellationToken);
        }

        return outcome;
    }

    public Task<ConsoleTask?> GetAsync(Guid id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public IAsyncEnumerable<ConsoleTask> StreamAsync(TaskQuery query, CancellationToken cancellationToken) => inner.StreamAsync(query, cancellationToken);

    public Task<IReadOnlyList<Guid>> ListQueuedAsync(int limit, CancellationToken cancellationToken) => inner.ListQueuedAsync(limit, cancellationToken);

    public Task<bool> TryClaimAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken) =>
        inner.TryClaimAsync(id, worker, now, leaseExpires, cancellationToken);

    public Task<bool> TryRequeueAsync(Guid id, string worker, DateTime now, CancellationToken cancellationToken) =>
        inner.TryRequeueAsync(id, worker, now, cancellationToken);

    public Task<bool> IsCancelRequestedAsync(Guid id, CancellationToken cancellationToken) => inner.IsCancelRequestedAsync(id, cancellationToken);

    public Task<int> RenewLeasesAsync(string worker, IReadOnlyCollection<Guid> ids, DateTime leaseExpires, CancellationToken cancellationToken) =>
        inner.RenewLeasesAsync(worker, ids, leaseExpires, cancellationToken);

    public Task<IReadOnlyList<Guid>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken) =>
        inner.ListExpiredAsync(now, limit, cancellationToken);

    public Task<bool> TryTakeOverAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken) =>
        inner.TryTakeOverAsync(id, worker, now, leaseExpires, cancellationToken);

    public Task<bool> ReplaceFinalInputAsync(Guid id, string input, CancellationToken cancellationToken) =>
        inner.ReplaceFinalInputAsync(id, input, cancellationToken);

    public Task<int> PurgeAsync(DateTime changedBefore, CancellationToken cancellationToken) => inner.PurgeAsync(changedBefore, cancellationToken);

    private static AuditTarget Target(ConsoleTask task) => new("Task", task.Id.ToString(), task.Type);

    private static string? Ended(TaskState state) => state switch
    {
        TaskState.Completed => AuditActions.TaskCompleted,
        TaskState.Failed => AuditActions.TaskFailed,
        TaskState.Canceled => AuditActions.TaskCanceled,
        _ => null,
    };
}

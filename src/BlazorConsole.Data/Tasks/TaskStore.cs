using System.Runtime.CompilerServices;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Tasks;

internal sealed class TaskStore(IDbContextFactory<ConsoleDbContext> factory) : ITaskStore
{
    private const string CanceledBeforeStartMessage = "The task was canceled before it started.";

    private static readonly TaskState[] Final = [TaskState.Completed, TaskState.Failed, TaskState.Canceled];
    private static readonly TaskState[] Active = [TaskState.Starting, TaskState.Running, TaskState.Stopping];

    public async Task AddAsync(ConsoleTask task, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Tasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ConsoleTask?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    public async IAsyncEnumerable<ConsoleTask> StreamAsync(TaskQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var tasks = db.Tasks.AsNoTracking();
        if (query.CreatedFrom is { } from)
        {
            tasks = tasks.Where(t => t.Created >= from);
        }

        if (query.CreatedTo is { } to)
        {
            tasks = tasks.Where(t => t.Created < to);
        }

        if (query.State is { } state)
        {
            tasks = tasks.Where(t => t.State == state);
        }

        if (!string.IsNullOrEmpty(query.Type))
        {
            tasks = tasks.Where(t => t.Type == query.Type);
        }

        if (query.TenantIds is { } tenantIds)
        {
            tasks = tasks.Where(t => t.TenantId != null && tenantIds.Contains(t.TenantId.Value));
        }

        if (query.TenantId is { } tenantId)
        {
            tasks = tasks.Where(t => t.TenantId == tenantId);
        }

        if (query.ParentId is { } parentId)
        {
            tasks = tasks.Where(t => t.ParentId == parentId);
        }

        await foreach (var task in tasks.OrderBy(t => t.Created).ThenBy(t => t.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return task;
        }
    }

    public async Task<IReadOnlyList<Guid>> ListQueuedAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Tasks.Where(t => t.State == TaskState.Queued)
            .OrderBy(t => t.Created).Select(t => t.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<bool> TryClaimAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Tasks
            .Where(t => t.Id == id && t.State == TaskState.Queued)
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.State, TaskState.Starting)
                    .SetProperty(t => t.ClaimedBy, worker)
                    .SetProperty(t => t.LeaseExpires, leaseExpires)
                    .SetProperty(t => t.StateChanged, now)
                    .SetProperty(t => t.Changed, now),
                cancellationToken);
        return claimed == 1;
    }

    public async Task<bool> TryRequeueAsync(Guid id, string worker, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var requeued = await db.Tasks
            .Where(t => t.Id == id && t.ClaimedBy == worker && t.State == TaskState.Starting && t.StepsDone == 0 && !t.CancelRequested)
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.State, TaskState.Queued)
                    .SetProperty(t => t.ClaimedBy, (string?)null)
                    .SetProperty(t => t.LeaseExpires, (DateTime?)null)
                    .SetProperty(t => t.StateChanged, now)
                    .SetProperty(t => t.Changed, now),
                cancellationToken);
        return requeued == 1;
    }

    public async Task<bool> SaveAsync(ConsoleTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // a cancel request may have set Stopping since the runner read the row: Running never overwrites it;
        // a worker whose task was taken over (its lease expired) writes nothing
        var keepStopping = task.State == TaskState.Running;
        var worker = task.ClaimedBy;
        var saved = await db.Tasks.Where(t => t.Id == task.Id && t.ClaimedBy == worker).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.State, t => keepStopping && t.State == TaskState.Stopping ? TaskState.Stopping : task.State)
                .SetProperty(t => t.TenantId, task.TenantId)
                .SetProperty(t => t.Stage, task.Stage)
                .SetProperty(t => t.Progress, task.Progress)
                .SetProperty(t => t.Data, task.Data)
                .SetProperty(t => t.Input, task.Input)
                .SetProperty(t => t.StepsDone, task.StepsDone)
                .SetProperty(t => t.Result, task.Result)
                .SetProperty(t => t.ErrorCode, task.ErrorCode)
                .SetProperty(t => t.ErrorMessage, task.ErrorMessage)
                .SetProperty(t => t.StateChanged, task.StateChanged)
                .SetProperty(t => t.Changed, task.Changed),
            cancellationToken);
        return saved == 1;
    }

    public async Task<CancelOutcome> RequestCancelAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking()
            .Where(t => t.Id == id).Select(t => new { t.State, t.ParentId }).FirstOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return CancelOutcome.NotFound;
        }

        if (task.ParentId is not null)
        {
            return CancelOutcome.ChildTask;
        }

        // not started yet: canceled at once, in one conditional UPDATE (the worker may be claiming it)
        var canceled = await db.Tasks
            .Where(t => t.Id == id && (t.State == TaskState.Created || t.State == TaskState.Queued))
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.State, TaskState.Canceled)
                    .SetProperty(t => t.CancelRequested, true)
                    .SetProperty(t => t.ErrorCode, TaskErrors.CanceledCode)
                    .SetProperty(t => t.ErrorMessage, CanceledBeforeStartMessage)
                    .SetProperty(t => t.StateChanged, now)
                    .SetProperty(t => t.Changed, now),
                cancellationToken);
        if (canceled == 1)
        {
            await CancelChildrenAsync(db, id, now, cancellationToken);
            return CancelOutcome.Canceled;
        }

        var stopping = await db.Tasks
            .Where(t => t.Id == id && Active.Contains(t.State))
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.State, TaskState.Stopping)
                    .SetProperty(t => t.CancelRequested, true)
                    .SetProperty(t => t.StateChanged, now)
                    .SetProperty(t => t.Changed, now),
                cancellationToken);
        if (stopping == 1)
        {
            await CancelChildrenAsync(db, id, now, cancellationToken);
            return CancelOutcome.Stopping;
        }

        return CancelOutcome.AlreadyFinal;
    }

    public async Task<bool> IsCancelRequestedAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Tasks.AnyAsync(t => t.Id == id && t.CancelRequested, cancellationToken);
    }

    public async Task<int> RenewLeasesAsync(string worker, IReadOnlyCollection<Guid> ids, DateTime leaseExpires, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return 0;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Tasks
            .Where(t => ids.Contains(t.Id) && t.ClaimedBy == worker && Active.Contains(t.State))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseExpires, leaseExpires), cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Tasks.AsNoTracking()
            .Where(t => Active.Contains(t.State) && (t.LeaseExpires == null || t.LeaseExpires < now))
            .OrderBy(t => t.LeaseExpires).Select(t => t.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<bool> TryTakeOverAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var taken = await db.Tasks
            .Where(t => t.Id == id && Active.Contains(t.State) && (t.LeaseExpires == null || t.LeaseExpires < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.ClaimedBy, worker)
                    .SetProperty(t => t.LeaseExpires, leaseExpires)
                    .SetProperty(t => t.Changed, now),
                cancellationToken);
        return taken == 1;
    }

    public async Task<bool> ReplaceFinalInputAsync(Guid id, string input, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var replaced = await db.Tasks
            .Where(t => t.Id == id && Final.Contains(t.State))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Input, input), cancellationToken);
        return replaced == 1;
    }

    public async Task<int> PurgeAsync(DateTime changedBefore, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Tasks.Where(t => Final.Contains(t.State) && t.Changed < changedBefore).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task CancelChildrenAsync(ConsoleDbContext db, Guid parentId, DateTime now, CancellationToken cancellationToken)
    {
        await db.Tasks
            .Where(t => t.ParentId == parentId && (t.State == TaskState.Created || t.State == TaskState.Queued))
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.State, TaskState.Canceled)
                    .SetProperty(t => t.CancelRequested, true)
                    .SetProperty(t => t.ErrorCode, TaskErrors.CanceledCode)
                    .SetProperty(t => t.ErrorMessage, CanceledBeforeStartMessage)
                    .SetProperty(t => t.StateChanged, now)
                    .SetProperty(t => t.Changed, now),
                cancellationToken);
        await db.Tasks
            .Where(t => t.ParentId == parentId && Active.Contains(t.State))
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.State, TaskState.Stopping)
                    .SetProperty(t => t.CancelRequested, true)
                    .SetProperty(t => t.StateChanged, now)
                    .SetProperty(t => t.Changed, now),
                cancellationToken);
    }
}

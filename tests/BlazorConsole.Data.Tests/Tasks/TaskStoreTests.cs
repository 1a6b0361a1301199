using System.Collections.Concurrent;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Data.Tests.Tasks;

public sealed class TaskStoreTests
{
    private const string Worker = "worker-a";

    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private static readonly DateTime Lease = Now.AddSeconds(30);

    [Fact]
    public async Task TryClaim_TwoWorkersInParallel_ClaimEveryTaskExactlyOnce()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 60; i++)
        {
            ids.Add(await AddAsync(db, TaskState.Queued, Now.AddSeconds(i)));
        }

        var claims = new ConcurrentBag<(Guid Id, string Worker)>();
        // on two threads: Microsoft.Data.Sqlite runs its async calls synchronously
        await Task.WhenAll(Task.Run(() => ClaimAllAsync(db.Tasks, "worker-a", claims)), Task.Run(() => ClaimAllAsync(db.Tasks, "worker-b", claims)));

        Assert.Equal(ids.Order(), claims.Select(c => c.Id).Order());
        foreach (var (id, worker) in claims)
        {
            var task = await db.Tasks.GetAsync(id, CancellationToken.None);
            Assert.Equal(TaskState.Starting, task!.State);
            Assert.Equal(worker, task.ClaimedBy);
            Assert.Equal(Lease, task.LeaseExpires);
        }
    }

    [Fact]
    public async Task RequestCancel_QueuedTask_CancelsAtOnce()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var id = await AddAsync(db, TaskState.Queued, Now);

        var outcome = await db.Tasks.RequestCancelAsync(id, Now.AddMinutes(1), CancellationToken.None);

        var task = await db.Tasks.GetAsync(id, CancellationToken.None);
        Assert.Equal(CancelOutcome.Canceled, outcome);
        Assert.Equal(TaskState.Canceled, task!.State);
        Assert.Equal(TaskErrors.CanceledCode, task.ErrorCode);
        Assert.Equal(Now.AddMinutes(1), task.StateChanged);
        Assert.Equal("The task was canceled before it started.", task.ErrorMessage);
        Assert.False(await db.Tasks.TryClaimAsync(id, "worker", Now, Lease, CancellationToken.None));
    }

    [Fact]
    public async Task RequestCancel_RunningTask_GoesStoppingWithTheFlagSet()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var id = await AddAsync(db, TaskState.Running, Now);

        var outcome = await db.Tasks.RequestCancelAsync(id, Now, CancellationToken.None);

        Assert.Equal(CancelOutcome.Stopping, outcome);
        Assert.Equal(TaskState.Stopping, (await db.Tasks.GetAsync(id, CancellationToken.None))!.State);
        Assert.True(await db.Tasks.IsCancelRequestedAsync(id, CancellationToken.None));
    }

    [Theory]
    [InlineData(TaskState.Completed)]
    [InlineData(TaskState.Failed)]
    [InlineData(TaskState.Canceled)]
    public async Task RequestCancel_FinalTask_IsAlreadyFinalAndUnchanged(TaskState state)
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var id = await AddAsync(db, state, Now);

        var outcome = await db.Tasks.RequestCancelAsync(id, Now.AddMinutes(1), CancellationToken.None);

        var task = await db.Tasks.GetAsync(id, CancellationToken.None);
        Assert.Equal(CancelOutcome.AlreadyFinal, outcome);
        Assert.Equal(state, task!.State);
        Assert.Equal(Now, task.Changed);
    }

    [Fact]
    public async Task RequestCancel_ChildTask_IsRefusedAndUnchanged()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var parent = await AddAsync(db, TaskState.Running, Now);
        var child = await AddAsync(db, TaskState.Queued, Now, parent);

        var outcome = await db.Tasks.RequestCancelAsync(child, Now, CancellationToken.None);

        Assert.Equal(CancelOutcome.ChildTask, outcome);
        Assert.Equal(TaskState.Queued, (await db.Tasks.GetAsync(child, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task RequestCancel_Parent_CancelsItsQueuedChildren()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var parent = await AddAsync(db, TaskState.Running, Now);
        var child = await AddAsync(db, TaskState.Queued, Now, parent);

        Assert.Equal(CancelOutcome.Stopping, await db.Tasks.RequestCancelAsync(parent, Now, CancellationToken.None));

        var canceled = (await db.Tasks.GetAsync(child, CancellationToken.None))!;
        Assert.Equal(TaskState.Canceled, canceled.State);
        Assert.Equal(TaskErrors.CanceledCode, canceled.ErrorCode);
        Assert.Equal("The task was canceled before it started.", canceled.ErrorMessage);
    }

    [Fact]
    public async Task RequestCancel_UnknownTask_IsNotFound()
    {
        await using var db = await SqliteTemplate.CopyAsync();

        Assert.Equal(CancelOutcome.NotFound, await db.Tasks.RequestCancelAsync(Guid.NewGuid(), Now, CancellationToken.None));
    }

    [Fact]
    public async Task Purge_OldTasks_DeletesOnlyFinalOnes()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var oldCompleted = await AddAsync(db, TaskState.Completed, Now.AddDays(-40));
        var oldFailed = await AddAsync(db, TaskState.Failed, Now.AddDays(-40));
        var oldRunning = await AddAsync(db, TaskState.Running, Now.AddDays(-40));
        var oldQueued = await AddAsync(db, TaskState.Queued, Now.AddDays(-40));
        var recentCompleted = await AddAsync(db, TaskState.Completed, Now.AddDays(-1));

        var purged = await db.Tasks.PurgeAsync(Now.AddDays(-30), CancellationToken.None);

        Assert.Equal(2, purged);
        Assert.Null(await db.Tasks.GetAsync(oldCompleted, CancellationToken.None));
        Assert.Null(await db.Tasks.GetAsync(oldFailed, CancellationToken.None));
        Assert.NotNull(await db.Tasks.GetAsync(oldRunning, CancellationToken.None));
        Assert.NotNull(await db.Tasks.GetAsync(oldQueued, CancellationToken.None));
        Assert.NotNull(await db.Tasks.GetAsync(recentCompleted, CancellationToken.None));
    }

    [Fact]
    public async Task Save_RunningOverACancelRequest_KeepsStopping()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var id = await AddAsync(db, TaskState.Running, Now);
        var runnerCopy = (await db.Tasks.GetAsync(id, CancellationToken.None))!;
        await db.Tasks.RequestCancelAsync(id, Now, CancellationToken.None);

        runnerCopy.Stage = "step two";
        runnerCopy.StepsDone = 1;
        Assert.True(await db.Tasks.SaveAsync(runnerCopy, CancellationToken.None));

        var task = (await db.Tasks.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(TaskState.Stopping, task.State);
        Assert.Equal("step two", task.Stage);
        Assert.Equal(1, task.StepsDone);
    }

    [Fact]
    public async Task Save_FinalState_IsWrittenOverStopping()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var id = await AddAsync(db, TaskState.Stopping, Now);
        var task = (await db.Tasks.GetAsync(id, CancellationToken.None))!;

        task.State = TaskState.Canceled;
        task.ErrorCode = TaskErrors.CanceledCode;
        await db.Tasks.SaveAsync(task, CancellationToken.None);

        Assert.Equal(TaskState.Canceled, (await db.Tasks.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task TryRequeue_StartingWithNoStepDone_GoesBackToQueuedOnce()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var id = await AddAsync(db, TaskState.Queued, Now);
        Assert.True(await db.Tasks.TryClaimAsync(id, Worker, Now, Lease, CancellationToken.None));

        Assert.False(await db.Tasks.TryRequeueAsync(id, "another-worker", Now, CancellationToken.None));
        Assert.True(await db.Tasks.TryRequeueAsync(id, Worker, Now, CancellationToken.None));
        Assert.False(await db.Tasks.TryRequeueAsync(id, Worker, Now, CancellationToken.None));

        var task = (await db.Tasks.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(TaskState.Queued, task.State);
        Assert.Null(task.ClaimedBy);
        Assert.Null(task.LeaseExpires);
        Assert.Equal([id], await db.Tasks.ListQueuedAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task TryRequeue_StartingWithAStepDone_IsRefused()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var id = await AddAsync(db, TaskState.Starting, Now, stepsDone: 1);

        Assert.False(await db.Tasks.TryRequeueAsync(id, Worker, Now, CancellationToken.None));
        Assert.Equal(TaskState.Starting, (await db.Tasks.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task ListExpired_MixedStatesAndLeases_ReturnsOnlyActiveTasksWhoseLeaseRanOut()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var expired = new[]
        {
            await AddAsync(db, TaskState.Starting, Now, lease: Now.AddSeconds(-3)),
            await AddAsync(db, TaskState.Running, Now, lease: Now.AddSeconds(-2)),
            await AddAsync(db, TaskState.Stopping, Now, lease: Now.AddSeconds(-1)),
        };
        await AddAsync(db, TaskState.Running, Now, lease: Now.AddSeconds(1));
        await AddAsync(db, TaskState.Queued, Now);
        await AddAsync(db, TaskState.Completed, Now, lease: Now.AddSeconds(-5));

        var listed = await db.Tasks.ListExpiredAsync(Now, 10, CancellationToken.None);

        Assert.Equal(expired, listed);
    }

    [Fact]
    public async Task TryTakeOver_ExpiredLease_OnlyOneOfTwoWorkersWinsAndTheOwnerCanNoLongerSave()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var id = await AddAsync(db, TaskState.Running, Now, lease: Now.AddSeconds(-1));
        var ownerCopy = (await db.Tasks.GetAsync(id, CancellationToken.None))!;

        Assert.True(await db.Tasks.TryTakeOverAsync(id, "worker-b", Now, Lease, CancellationToken.None));
        Assert.False(await db.Tasks.TryTakeOverAsync(id, "worker-c", Now, Lease, CancellationToken.None));

        ownerCopy.State = TaskState.Completed;
        Assert.False(await db.Tasks.SaveAsync(ownerCopy, CancellationToken.None));
        var task = (await db.Tasks.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(TaskState.Running, task.State);
        Assert.Equal("worker-b", task.ClaimedBy);
        Assert.Equal(Lease, task.LeaseExpires);
    }

    [Fact]
    public async Task TryTakeOver_LeaseStillRunning_IsRefused()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var id = await AddAsync(db, TaskState.Running, Now, lease: Now.AddSeconds(1));

        Assert.False(await db.Tasks.TryTakeOverAsync(id, "worker-b", Now, Lease, CancellationToken.None));
        Assert.Equal(Worker, (await db.Tasks.GetAsync(id, CancellationToken.None))!.ClaimedBy);
    }

    [Fact]
    public async Task RenewLeases_TasksOfTwoWorkers_ExtendsOnlyTheCallersActiveTasks()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var mine = await AddAsync(db, TaskState.Running, Now, lease: Now);
        var mineEnded = await AddAsync(db, TaskState.Completed, Now, lease: Now);
        var theirs = await AddAsync(db, TaskState.Running, Now, lease: Now, worker: "worker-b");

        var renewed = await db.Tasks.RenewLeasesAsync(Worker, [mine, mineEnded, theirs], Lease, CancellationToken.None);

        Assert.Equal(1, renewed);
        Assert.Equal(Lease, (await db.Tasks.GetAsync(mine, CancellationToken.None))!.LeaseExpires);
        Assert.Equal(Now, (await db.Tasks.GetAsync(mineEnded, CancellationToken.None))!.LeaseExpires);
        Assert.Equal(Now, (await db.Tasks.GetAsync(theirs, CancellationToken.None))!.LeaseExpires);
    }

    [Fact]
    public async Task ReplaceFinalInput_EndedAndActiveTasks_RewritesOnlyTheEndedOne()
    {
        await using var db = await SqliteTemplate.CopyAsync();
        var ended = await AddAsync(db, TaskState.Canceled, Now);
        var running = await AddAsync(db, TaskState.Running, Now);

        Assert.True(await db.Tasks.ReplaceFinalInputAsync(ended, """{"name":"kept"}""", CancellationToken.None));
        Assert.False(await db.Tasks.ReplaceFinalInputAsync(running, """{"name":"kept"}""", CancellationToken.None));

        Assert.Equal("""{"name":"kept"}""", (await db.Tasks.GetAsync(ended, CancellationToken.None))!.Input);
        Assert.Equal("{}", (await db.Tasks.GetAsync(running, CancellationToken.None))!.Input);
    }

    private static async Task ClaimAllAsync(ITaskStore store, string worker, ConcurrentBag<(Guid, string)> claims)
    {
        while (await store.ListQueuedAsync(8, CancellationToken.None) is { Count: > 0 } queued)
        {
            foreach (var id in queued)
            {
                if (await store.TryClaimAsync(id, worker, Now, Lease, CancellationToken.None))
                {
                    claims.Add((id, worker));
                }
            }
        }
    }

    private static async Task<Guid> AddAsync(
        TestDatabase db, TaskState state, DateTime at, Guid? parentId = null, int stepsDone = 0, DateTime? lease = null, string worker = Worker)
    {
        var task = new ConsoleTask
        {
            Id = Guid.NewGuid(),
            Type = TaskTypes.CreateTenant,
            State = state,
            ParentId = parentId,
            StepsDone = stepsDone,
            ClaimedBy = state.IsActive() || state.IsFinal() ? worker : null,
            LeaseExpires = lease,
            Created = at,
            StateChanged = at,
            Changed = at,
        };
        await db.Tasks.AddAsync(task, CancellationToken.None);
        return task.Id;
    }
}

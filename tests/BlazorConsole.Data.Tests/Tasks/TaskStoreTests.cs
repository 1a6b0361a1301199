using System.Collections.Concurrent;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Data.Tasks;
using BlazorConsole.Data.Tests.Common;

namespace BlazorConsole.Data.Tests.Tasks;

public sealed class TaskStoreTests : IDisposable
{
    private const string Worker = "worker-a";

    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private static readonly DateTime Lease = Now.AddSeconds(30);

    private readonly TestDatabase _database = new();
    private readonly TaskStore _tasks;

    public TaskStoreTests() => _tasks = new TaskStore(_database.Factory);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TryClaim_TwoWorkersInParallel_ClaimEveryTaskExactlyOnce()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 60; i++)
        {
            ids.Add(await AddAsync(TaskState.Queued, Now.AddSeconds(i)));
        }

        var claims = new ConcurrentBag<(Guid Id, string Worker)>();
        // on two threads: Microsoft.Data.Sqlite runs its async calls synchronously
        await Task.WhenAll(Task.Run(() => ClaimAllAsync("worker-a", claims)), Task.Run(() => ClaimAllAsync("worker-b", claims)));

        Assert.Equal(ids.Order(), claims.Select(c => c.Id).Order());
        foreach (var (id, worker) in claims)
        {
            var task = await _tasks.GetAsync(id, CancellationToken.None);
            Assert.Equal(TaskState.Starting, task!.State);
            Assert.Equal(worker, task.ClaimedBy);
            Assert.Equal(Lease, task.LeaseExpires);
        }
    }

    [Fact]
    public async Task RequestCancel_QueuedTask_CancelsAtOnce()
    {
        var id = await AddAsync(TaskState.Queued, Now);

        var outcome = await _tasks.RequestCancelAsync(id, Now.AddMinutes(1), CancellationToken.None);

        var task = await _tasks.GetAsync(id, CancellationToken.None);
        Assert.Equal(CancelOutcome.Canceled, outcome);
        Assert.Equal(TaskState.Canceled, task!.State);
        Assert.Equal(TaskErrors.CanceledCode, task.ErrorCode);
        Assert.Equal(Now.AddMinutes(1), task.StateChanged);
        Assert.Equal("The task was canceled before it started.", task.ErrorMessage);
        Assert.False(await _tasks.TryClaimAsync(id, "worker", Now, Lease, CancellationToken.None));
    }

    [Fact]
    public async Task RequestCancel_RunningTask_GoesStoppingWithTheFlagSet()
    {
        var id = await AddAsync(TaskState.Running, Now);

        var outcome = await _tasks.RequestCancelAsync(id, Now, CancellationToken.None);

        Assert.Equal(CancelOutcome.Stopping, outcome);
        Assert.Equal(TaskState.Stopping, (await _tasks.GetAsync(id, CancellationToken.None))!.State);
        Assert.True(await _tasks.IsCancelRequestedAsync(id, CancellationToken.None));
    }

    [Theory]
    [InlineData(TaskState.Completed)]
    [InlineData(TaskState.Failed)]
    [InlineData(TaskState.Canceled)]
    public async Task RequestCancel_FinalTask_IsAlreadyFinalAndUnchanged(TaskState state)
    {
        var id = await AddAsync(state, Now);

        var outcome = await _tasks.RequestCancelAsync(id, Now.AddMinutes(1), CancellationToken.None);

        var task = await _tasks.GetAsync(id, CancellationToken.None);
        Assert.Equal(CancelOutcome.AlreadyFinal, outcome);
        Assert.Equal(state, task!.State);
        Assert.Equal(Now, task.Changed);
    }

    [Fact]
    public async Task RequestCancel_ChildTask_IsRefusedAndUnchanged()
    {
        var parent = await AddAsync(TaskState.Running, Now);
        var child = await AddAsync(TaskState.Queued, Now, parent);

        var outcome = await _tasks.RequestCancelAsync(child, Now, CancellationToken.None);

        Assert.Equal(CancelOutcome.ChildTask, outcome);
        Assert.Equal(TaskState.Queued, (await _tasks.GetAsync(child, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task RequestCancel_Parent_CancelsItsQueuedChildren()
    {
        var parent = await AddAsync(TaskState.Running, Now);
        var child = await AddAsync(TaskState.Queued, Now, parent);

        Assert.Equal(CancelOutcome.Stopping, await _tasks.RequestCancelAsync(parent, Now, CancellationToken.None));

        var canceled = (await _tasks.GetAsync(child, CancellationToken.None))!;
        Assert.Equal(TaskState.Canceled, canceled.State);
        Assert.Equal(TaskErrors.CanceledCode, canceled.ErrorCode);
        Assert.Equal("The task was canceled before it started.", canceled.ErrorMessage);
    }

    [Fact]
    public async Task RequestCancel_UnknownTask_IsNotFound()
    {

        Assert.Equal(CancelOutcome.NotFound, await _tasks.RequestCancelAsync(Guid.NewGuid(), Now, CancellationToken.None));
    }

    [Fact]
    public async Task Purge_OldTasks_DeletesOnlyFinalOnes()
    {
        var oldCompleted = await AddAsync(TaskState.Completed, Now.AddDays(-40));
        var oldFailed = await AddAsync(TaskState.Failed, Now.AddDays(-40));
        var oldRunning = await AddAsync(TaskState.Running, Now.AddDays(-40));
        var oldQueued = await AddAsync(TaskState.Queued, Now.AddDays(-40));
        var recentCompleted = await AddAsync(TaskState.Completed, Now.AddDays(-1));

        var purged = await _tasks.PurgeAsync(Now.AddDays(-30), CancellationToken.None);

        Assert.Equal(2, purged);
        Assert.Null(await _tasks.GetAsync(oldCompleted, CancellationToken.None));
        Assert.Null(await _tasks.GetAsync(oldFailed, CancellationToken.None));
        Assert.NotNull(await _tasks.GetAsync(oldRunning, CancellationToken.None));
        Assert.NotNull(await _tasks.GetAsync(oldQueued, CancellationToken.None));
        Assert.NotNull(await _tasks.GetAsync(recentCompleted, CancellationToken.None));
    }

    [Fact]
    public async Task Save_RunningOverACancelRequest_KeepsStopping()
    {
        var id = await AddAsync(TaskState.Running, Now);
        var runnerCopy = (await _tasks.GetAsync(id, CancellationToken.None))!;
        await _tasks.RequestCancelAsync(id, Now, CancellationToken.None);

        runnerCopy.Stage = "step two";
        runnerCopy.StepsDone = 1;
        Assert.True(await _tasks.SaveAsync(runnerCopy, CancellationToken.None));

        var task = (await _tasks.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(TaskState.Stopping, task.State);
        Assert.Equal("step two", task.Stage);
        Assert.Equal(1, task.StepsDone);
    }

    [Fact]
    public async Task Save_FinalState_IsWrittenOverStopping()
    {
        var id = await AddAsync(TaskState.Stopping, Now);
        var task = (await _tasks.GetAsync(id, CancellationToken.None))!;

        task.State = TaskState.Canceled;
        task.ErrorCode = TaskErrors.CanceledCode;
        await _tasks.SaveAsync(task, CancellationToken.None);

        Assert.Equal(TaskState.Canceled, (await _tasks.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task TryRequeue_StartingWithNoStepDone_GoesBackToQueuedOnce()
    {
        var id = await AddAsync(TaskState.Queued, Now);
        Assert.True(await _tasks.TryClaimAsync(id, Worker, Now, Lease, CancellationToken.None));

        Assert.False(await _tasks.TryRequeueAsync(id, "another-worker", Now, CancellationToken.None));
        Assert.True(await _tasks.TryRequeueAsync(id, Worker, Now, CancellationToken.None));
        Assert.False(await _tasks.TryRequeueAsync(id, Worker, Now, CancellationToken.None));

        var task = (await _tasks.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(TaskState.Queued, task.State);
        Assert.Null(task.ClaimedBy);
        Assert.Null(task.LeaseExpires);
        Assert.Equal([id], await _tasks.ListQueuedAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task TryRequeue_StartingWithAStepDone_IsRefused()
    {
        var id = await AddAsync(TaskState.Starting, Now, stepsDone: 1);

        Assert.False(await _tasks.TryRequeueAsync(id, Worker, Now, CancellationToken.None));
        Assert.Equal(TaskState.Starting, (await _tasks.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task ListExpired_MixedStatesAndLeases_ReturnsOnlyActiveTasksWhoseLeaseRanOut()
    {
        var expired = new[]
        {
            await AddAsync(TaskState.Starting, Now, lease: Now.AddSeconds(-3)),
            await AddAsync(TaskState.Running, Now, lease: Now.AddSeconds(-2)),
            await AddAsync(TaskState.Stopping, Now, lease: Now.AddSeconds(-1)),
        };
        await AddAsync(TaskState.Running, Now, lease: Now.AddSeconds(1));
        await AddAsync(TaskState.Queued, Now);
        await AddAsync(TaskState.Completed, Now, lease: Now.AddSeconds(-5));

        var listed = await _tasks.ListExpiredAsync(Now, 10, CancellationToken.None);

        Assert.Equal(expired, listed);
    }

    [Fact]
    public async Task TryTakeOver_ExpiredLease_OnlyOneOfTwoWorkersWinsAndTheOwnerCanNoLongerSave()
    {
        var id = await AddAsync(TaskState.Running, Now, lease: Now.AddSeconds(-1));
        var ownerCopy = (await _tasks.GetAsync(id, CancellationToken.None))!;

        Assert.True(await _tasks.TryTakeOverAsync(id, "worker-b", Now, Lease, CancellationToken.None));
        Assert.False(await _tasks.TryTakeOverAsync(id, "worker-c", Now, Lease, CancellationToken.None));

        ownerCopy.State = TaskState.Completed;
        Assert.False(await _tasks.SaveAsync(ownerCopy, CancellationToken.None));
        var task = (await _tasks.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(TaskState.Running, task.State);
        Assert.Equal("worker-b", task.ClaimedBy);
        Assert.Equal(Lease, task.LeaseExpires);
    }

    [Fact]
    public async Task TryTakeOver_LeaseStillRunning_IsRefused()
    {
        var id = await AddAsync(TaskState.Running, Now, lease: Now.AddSeconds(1));

        Assert.False(await _tasks.TryTakeOverAsync(id, "worker-b", Now, Lease, CancellationToken.None));
        Assert.Equal(Worker, (await _tasks.GetAsync(id, CancellationToken.None))!.ClaimedBy);
    }

    [Fact]
    public async Task RenewLeases_TasksOfTwoWorkers_ExtendsOnlyTheCallersActiveTasks()
    {
        var mine = await AddAsync(TaskState.Running, Now, lease: Now);
        var mineEnded = await AddAsync(TaskState.Completed, Now, lease: Now);
        var theirs = await AddAsync(TaskState.Running, Now, lease: Now, worker: "worker-b");

        var renewed = await _tasks.RenewLeasesAsync(Worker, [mine, mineEnded, theirs], Lease, CancellationToken.None);

        Assert.Equal(1, renewed);
        Assert.Equal(Lease, (await _tasks.GetAsync(mine, CancellationToken.None))!.LeaseExpires);
        Assert.Equal(Now, (await _tasks.GetAsync(mineEnded, CancellationToken.None))!.LeaseExpires);
        Assert.Equal(Now, (await _tasks.GetAsync(theirs, CancellationToken.None))!.LeaseExpires);
    }

    [Fact]
    public async Task ReplaceFinalInput_EndedAndActiveTasks_RewritesOnlyTheEndedOne()
    {
        var ended = await AddAsync(TaskState.Canceled, Now);
        var running = await AddAsync(TaskState.Running, Now);

        Assert.True(await _tasks.ReplaceFinalInputAsync(ended, """{"name":"kept"}""", CancellationToken.None));
        Assert.False(await _tasks.ReplaceFinalInputAsync(running, """{"name":"kept"}""", CancellationToken.None));

        Assert.Equal("""{"name":"kept"}""", (await _tasks.GetAsync(ended, CancellationToken.None))!.Input);
        Assert.Equal("{}", (await _tasks.GetAsync(running, CancellationToken.None))!.Input);
    }

    private async Task ClaimAllAsync(string worker, ConcurrentBag<(Guid, string)> claims)
    {
        while (await _tasks.ListQueuedAsync(8, CancellationToken.None) is { Count: > 0 } queued)
        {
            foreach (var id in queued)
            {
                if (await _tasks.TryClaimAsync(id, worker, Now, Lease, CancellationToken.None))
                {
                    claims.Add((id, worker));
                }
            }
        }
    }

    private async Task<Guid> AddAsync(
        TaskState state, DateTime at, Guid? parentId = null, int stepsDone = 0, DateTime? lease = null, string worker = Worker)
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
        await _tasks.AddAsync(task, CancellationToken.None);
        return task.Id;
    }
}

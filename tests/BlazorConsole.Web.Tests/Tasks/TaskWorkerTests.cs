using System.Collections.Concurrent;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Tasks;

public sealed class TaskWorkerTests
{
    [Fact]
    public async Task Run_TwoHostsOnOneFile_EachTaskRunsOnceAndCompletes()
    {
        using var root = TaskHosts.NewRoot();
        var probe = new GateProbe { Block = false };
        using var first = TaskHosts.Start(root, probe, "first");
        using var second = TaskHosts.Start(root, probe, "second");

        var ids = new List<Guid>();
        for (var i = 0; i < 16; i++)
        {
            ids.Add((await TaskHosts.EnqueueAsync(i % 2 == 0 ? first : second)).Id);
        }

        foreach (var id in ids)
        {
            var task = await TaskHosts.EndedAsync(first, id);
            Assert.Equal(TaskState.Completed, task.State);
            Assert.Equal(100, task.Progress);
        }

        foreach (var id in ids)
        {
            var runs = probe.Journal.Where(j => j.TaskId == id && j.Action == "run prepare").ToList();
            Assert.Single(runs);
        }
    }

    [Fact]
    public async Task Cancel_RunningTask_GoesStoppingThenCanceledWithItsStepsUndone()
    {
        using var root = TaskHosts.NewRoot();
        var probe = new GateProbe();
        using var host = TaskHosts.Start(root, probe, "host");
        var states = new ConcurrentQueue<TaskState>();
        host.Services.GetRequiredService<TaskNotifier>().TaskChanged += t => states.Enqueue(t.State);
        var queued = await TaskHosts.EnqueueAsync(host);
        await probe.EnteredAsync(queued.Id);

        var outcome = await host.Services.GetRequiredService<TaskService>().CancelAsync(queued.Id, CancellationToken.None);

        Assert.Equal(CancelOutcome.Stopping, outcome);
        var task = await TaskHosts.EndedAsync(host, queued.Id);
        Assert.Equal(TaskState.Canceled, task.State);
        Assert.Equal(TaskErrors.CanceledCode, task.ErrorCode);
        Assert.Equal(["run prepare", "run wait", "undo wait", "undo prepare"], probe.ActionsOf(queued.Id));
        Assert.Contains(TaskState.Stopping, states);
    }

    [Fact]
    public async Task Restart_HostStoppedMidTask_NextHostUndoesAndFailsItInterrupted()
    {
        using var root = TaskHosts.NewRoot();
        var probe = new GateProbe();
        var first = TaskHosts.Start(root, probe, "first");
        var queued = await TaskHosts.EnqueueAsync(first);
        await probe.EnteredAsync(queued.Id);

        first.Dispose();
        using var second = TaskHosts.Start(root, probe, "second");

        var task = await TaskHosts.EndedAsync(second, queued.Id);
        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(TaskErrors.InterruptedCode, task.ErrorCode);
        Assert.Equal(0, task.StepsDone);
        Assert.Equal(["run prepare", "run wait", "undo wait", "undo prepare"], probe.ActionsOf(queued.Id));
        Assert.All(probe.Journal.Where(j => j.Action.StartsWith("undo", StringComparison.Ordinal)), j => Assert.Equal("second", j.Host));
    }

    [Fact]
    public async Task Restart_HostStoppedMidTask_LeavesTheRowRunningUntilRecovered()
    {
        using var root = TaskHosts.NewRoot();
        var probe = new GateProbe();
        var first = TaskHosts.Start(root, probe, "first");
        var queued = await TaskHosts.EnqueueAsync(first);
        await probe.EnteredAsync(queued.Id);

        await first.DisposeAsync();

        // a shutdown is not a user's cancel: nothing was undone and the row still says Running
        var options = new DbContextOptionsBuilder<SqliteConsoleDbContext>().UseSqlite($"Data Source={root.DatabasePath};Pooling=false").Options;
        await using var db = new SqliteConsoleDbContext(options);
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == queued.Id);
        Assert.Equal(TaskState.Running, task!.State);
        Assert.Equal(1, task.StepsDone);
        Assert.False(task.CancelRequested);
        Assert.DoesNotContain(probe.Journal, j => j.Action.StartsWith("undo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_TaskClaimedButNotStarted_IsResumedAndCompletes()
    {
        using var root = TaskHosts.NewRoot();
        var probe = new GateProbe { Block = false };
        var first = TaskHosts.Start(root, probe, "first");
        var now = DateTime.UtcNow;
        var orphan = new ConsoleTask
        {
            Id = Guid.NewGuid(),
            Type = GatedTaskHandler.TypeName,
            State = TaskState.Starting,
            ClaimedBy = "a-host-that-died",
            Created = now,
            StateChanged = now,
            Changed = now,
        };
        await first.Services.GetRequiredService<ITaskStore>().AddAsync(orphan, CancellationToken.None);
        await first.DisposeAsync();

        using var second = TaskHosts.Start(root, probe, "second");

        var task = await TaskHosts.EndedAsync(second, orphan.Id);
        Assert.Equal(TaskState.Completed, task.State);
        Assert.Equal(["run prepare", "run wait"], probe.ActionsOf(orphan.Id));
        Assert.NotEqual("a-host-that-died", task.ClaimedBy);
    }

    [Fact]
    public async Task Start_SecondHostWhileTheFirstIsMidTask_LeavesTheTaskWhichCompletesOnceOnTheFirst()
    {
        using var root = TaskHosts.NewRoot();
        var probe = new GateProbe();
        using var first = TaskHosts.Start(root, probe, "first");
        var queued = await TaskHosts.EnqueueAsync(first);
        await probe.EnteredAsync(queued.Id);
        var holder = (await TaskHosts.GetAsync(first, queued.Id))!.ClaimedBy;

        using var second = TaskHosts.Start(root, probe, "second");

        // the lease it had when the second host started would have run out a lease ago: meanwhile the second
        // host's start-up and periodic recovery (every third of a lease) looked at the task, and the first renewed it
        var since = (await TaskHosts.GetAsync(second, queued.Id))!.LeaseExpires!.Value;
        var during = await TaskHosts.LeaseRenewedUntilAsync(second, queued.Id, since + (2 * TaskHosts.LeaseDuration));
        Assert.Equal(TaskState.Running, during.State);
        Assert.Equal(holder, during.ClaimedBy);
        Assert.Equal(1, during.StepsDone);

        probe.Release.SetResult();
        var task = await TaskHosts.EndedAsync(first, queued.Id);
        Assert.Equal(TaskState.Completed, task.State);
        Assert.Equal(holder, task.ClaimedBy);
        Assert.Equal(["run prepare", "run wait"], probe.ActionsOf(queued.Id));
        Assert.All(probe.Journal, j => Assert.Equal("first", j.Host));
    }

    [Fact]
    public async Task Recover_HostDiesMidTask_SurvivingHostUndoesAndFailsItInterruptedOnceTheLeaseExpires()
    {
        using var root = TaskHosts.NewRoot();
        var probe = new GateProbe();
        var doomed = TaskHosts.Start(root, probe, "doomed");
        var queued = await TaskHosts.EnqueueAsync(doomed);
        await probe.EnteredAsync(queued.Id);
        using var survivor = TaskHosts.Start(root, probe, "survivor");

        // the host goes away without ending its task; nobody renews the lease any more
        await doomed.DisposeAsync();
        var left = (await TaskHosts.GetAsync(survivor, queued.Id))!;
        Assert.Equal(TaskState.Running, left.State);

        var task = await TaskHosts.EndedAsync(survivor, queued.Id);
        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(TaskErrors.InterruptedCode, task.ErrorCode);
        Assert.Equal(0, task.StepsDone);
        Assert.True(task.StateChanged > left.LeaseExpires, "The task was recovered before its lease expired.");
        Assert.NotEqual(left.ClaimedBy, task.ClaimedBy);
        Assert.Equal(["run prepare", "run wait", "undo wait", "undo prepare"], probe.ActionsOf(queued.Id));
        Assert.All(probe.Journal.Where(j => j.Action.StartsWith("undo", StringComparison.Ordinal)), j => Assert.Equal("survivor", j.Host));
    }
}

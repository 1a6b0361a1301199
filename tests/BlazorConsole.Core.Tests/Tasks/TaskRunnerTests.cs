using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tests.Tasks;

public sealed class TaskRunnerTests
{
    private static readonly Error StepError = Error.Conflict("VIRMT_Test", "the third step refused");

    [Fact]
    public async Task Run_AllStepsSucceed_RunsInOrderAndCompletes()
    {
        var handler = new ScriptedHandler().Step("one").Step("two").Step("three");
        var harness = new TaskHarness(handler);

        var task = await harness.RunAsync(ScriptedHandler.TypeName, new { });

        Assert.Equal(["run one", "run two", "run three"], handler.Journal);
        Assert.Equal(TaskState.Completed, task.State);
        Assert.Equal(100, task.Progress);
        Assert.Equal(3, task.StepsDone);
        Assert.Null(task.ErrorCode);
        Assert.Equal(harness.Time.GetUtcNow().UtcDateTime, task.StateChanged);
    }

    [Fact]
    public async Task Run_AllStepsSucceed_SavesStageAndProgressOfEachStep()
    {
        var harness = new TaskHarness(new ScriptedHandler().Step("one").Step("two").Step("three"));

        await harness.RunAsync(ScriptedHandler.TypeName, new { });

        var stages = harness.Store.Saves.Select(s => (s.Stage, s.Progress, s.StepsDone)).Distinct().ToList();
        Assert.Equal(
            [(null, 0, 0), ("one", 0, 0), ("one", 33, 1), ("two", 33, 1), ("two", 66, 2), ("three", 66, 2), ("three", 100, 3)],
            stages);
        Assert.All(harness.Store.Saves.SkipLast(1), s => Assert.Equal(TaskState.Running, s.State));
    }

    [Fact]
    public async Task Run_StepReportsProgress_SavesProgressWithinTheStep()
    {
        var seen = new List<int>();
        var harness = new TaskHarness();
        var handler = new ScriptedHandler().Step("one").Step("two", async (c, ct) =>
        {
            await c.ReportProgressAsync(50, ct);
            seen.Add((await harness.StoredAsync(c.Current.Id)).Progress);
            return Result.Success();
        });
        harness = new TaskHarness(handler);

        await harness.RunAsync(ScriptedHandler.TypeName, new { });

        Assert.Equal([75], seen);
    }

    [Fact]
    public async Task Run_EveryChange_IsPublishedAsASnapshot()
    {
        var harness = new TaskHarness(new ScriptedHandler().Step("one").Step("two"));

        var task = await harness.RunAsync(ScriptedHandler.TypeName, new { });

        Assert.Equal(harness.Store.Saves.Count, harness.Published.Count);
        Assert.Equal(TaskState.Completed, harness.Published[^1].State);
        Assert.Equal(TaskState.Running, harness.Published[0].State);
        Assert.Equal(task.Id, harness.Published[0].Id);
    }

    [Fact]
    public async Task Run_StepReturnsError_UndoesDoneStepsInReverseAndFailsWithItsCode()
    {
        var handler = new ScriptedHandler().Step("one").Step("two").Step("three", (c, _) =>
        {
            c.SetResult("partial");
            return Task.FromResult<Result>(StepError);
        });
        var harness = new TaskHarness(handler);

        var task = await harness.RunAsync(ScriptedHandler.TypeName, new { });

        Assert.Equal(["run one", "run two", "run three", "undo two", "undo one"], handler.Journal);
        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal("VIRMT_Test", task.ErrorCode);
        Assert.Equal("the third step refused", task.ErrorMessage);
        Assert.Equal("three", task.Stage);
        Assert.Null(task.Result);
        Assert.Equal(0, task.StepsDone);
    }

    [Fact]
    public async Task Run_StepThrows_UndoesAndFailsWithInternalErrorWithoutExceptionText()
    {
        var handler = new ScriptedHandler().Step("one").Step("two", (_, _) => throw new InvalidOperationException("boom in the database"));
        var harness = new TaskHarness(handler);

        var task = await harness.RunAsync(ScriptedHandler.TypeName, new { Secret = "protected-secret-value" });

        Assert.Equal(["run one", "run two", "undo two", "undo one"], handler.Journal);
        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(TaskErrors.InternalErrorCode, task.ErrorCode);
        Assert.DoesNotContain("boom", task.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(task.Id.ToString(), task.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(harness.Logger.Lines, l => l.Contains("boom in the database", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Logger.Lines, l => l.Contains("protected-secret-value", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_UndoThrows_OtherUndosStillRunAndTaskFails()
    {
        var handler = new ScriptedHandler().Step("one").Step("two").Step("three", (_, _) => Task.FromResult<Result>(StepError)).FailingUndo("two");
        var harness = new TaskHarness(handler);

        var task = await harness.RunAsync(ScriptedHandler.TypeName, new { });

        Assert.Equal(["run one", "run two", "run three", "undo two", "undo one"], handler.Journal);
        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal("VIRMT_Test", task.ErrorCode);
        Assert.Contains(harness.Logger.Lines, l => l.Contains("undo of two broke", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_CanceledDuringStep_GoesStoppingUndoesAndEndsCanceled()
    {
        var harness = new TaskHarness();
        var handler = new ScriptedHandler().Step("one").Step("two", async (c, ct) =>
        {
            Assert.Equal(CancelOutcome.Stopping, await harness.Store.RequestCancelAsync(c.Current.Id, DateTime.UtcNow, ct));
            harness.Cancellations.Cancel(c.Current.Id);
            await Task.Delay(Timeout.Infinite, ct);
            return Result.Success();
        }).Step("three");
        harness = new TaskHarness(handler);

        var task = await harness.RunAsync(ScriptedHandler.TypeName, new { });

        Assert.Equal(["run one", "run two", "undo two", "undo one"], handler.Journal);
        Assert.Equal(TaskState.Canceled, task.State);
        Assert.Equal(TaskErrors.CanceledCode, task.ErrorCode);
        Assert.Contains(harness.Store.Saves, s => s.State == TaskState.Stopping);
    }

    [Fact]
    public async Task Run_CancelFlaggedByAnotherNodeBetweenSteps_StopsBeforeNextStepAndUndoes()
    {
        var harness = new TaskHarness();
        var handler = new ScriptedHandler().Step("one", (c, _) =>
        {
            harness.Store.FlagCancel(c.Current.Id);
            return Task.FromResult(Result.Success());
        }).Step("two");
        harness = new TaskHarness(handler);

        var task = await harness.RunAsync(ScriptedHandler.TypeName, new { });

        Assert.Equal(["run one", "undo one"], handler.Journal);
        Assert.Equal(TaskState.Canceled, task.State);
        Assert.Equal(TaskErrors.CanceledCode, task.ErrorCode);
    }

    [Fact]
    public async Task Run_HostStopsDuringStep_LeavesTaskRunningWithoutUndo()
    {
        using var stopping = new CancellationTokenSource();
        var handler = new ScriptedHandler().Step("one").Step("two", async (_, ct) =>
        {
            await stopping.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            return Result.Success();
        });
        var harness = new TaskHarness(handler);
        var claimed = await harness.ClaimedAsync(ScriptedHandler.TypeName, new { });

        await harness.Runner.RunAsync(claimed, stopping.Token);

        var task = await harness.StoredAsync(claimed.Id);
        Assert.Equal(["run one", "run two"], handler.Journal);
        Assert.Equal(TaskState.Running, task.State);
        Assert.Equal(1, task.StepsDone);
        Assert.Null(task.ErrorCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Run_TaskEnds_InputIsRewrittenWithoutSecrets(bool succeed)
    {
        var handler = new ScriptedHandler { Redact = _ => """{"name":"kept"}""" }
            .Step("one", (_, _) => Task.FromResult(succeed ? Result.Success() : StepError));
        var harness = new TaskHarness(handler);

        var task = await harness.RunAsync(ScriptedHandler.TypeName, new { Name = "kept", Password = "protected" });

        Assert.Equal(succeed ? TaskState.Completed : TaskState.Failed, task.State);
        Assert.Equal("""{"name":"kept"}""", task.Input);
    }

    [Fact]
    public async Task Run_UnknownType_FailsWithInternalErrorAndDropsTheInput()
    {
        var harness = new TaskHarness(new ScriptedHandler());

        var task = await harness.RunAsync("NoSuchType", new { ProtectedAdminPassword = "protected-secret-value" });

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(TaskErrors.InternalErrorCode, task.ErrorCode);
        Assert.Equal(TaskSecrets.NoInput, task.Input);
    }

    [Fact]
    public async Task Run_CancelRequestedWhileTheLastStepRuns_UndoesAndEndsCanceledNotCompleted()
    {
        var harness = new TaskHarness();
        var handler = new ScriptedHandler().Step("one").Step("two", async (c, ct) =>
        {
            // the request is answered Stopping (202) while the step finishes without looking at its token
            Assert.Equal(CancelOutcome.Stopping, await harness.Store.RequestCancelAsync(c.Current.Id, DateTime.UtcNow, ct));
            return Result.Success();
        });
        harness = new TaskHarness(handler);

        var task = await harness.RunAsync(ScriptedHandler.TypeName, new { });

        Assert.Equal(["run one", "run two", "undo two", "undo one"], handler.Journal);
        Assert.Equal(TaskState.Canceled, task.State);
        Assert.Equal(TaskErrors.CanceledCode, task.ErrorCode);
        Assert.Null(task.Result);
        Assert.DoesNotContain(harness.Store.Saves, s => s.State == TaskState.Completed);
    }

    [Fact]
    public async Task Run_TaskTakenOverByAnotherHostMidStep_StopsWithoutWritingTheRowAndWarns()
    {
        var harness = new TaskHarness();
        var savesAtTakeOver = -1;
        var handler = new ScriptedHandler().Step("one").Step("two", (c, _) =>
        {
            harness.Store.GiveTo(c.Current.Id, "other-host");
            savesAtTakeOver = harness.Store.Saves.Count;
            return Task.FromResult<Result>(StepError);
        }).Step("three");
        harness = new TaskHarness(handler);

        var task = await harness.RunAsync(ScriptedHandler.TypeName, new { });

        // the failed step's undo ran once, and its save found the row taken: nothing more was written or undone
        Assert.Equal(["run one", "run two", "undo one"], handler.Journal);
        Assert.Equal(TaskState.Running, task.State);
        Assert.Equal("other-host", task.ClaimedBy);
        Assert.Equal(1, task.StepsDone);
        Assert.Null(task.ErrorCode);
        Assert.Equal(savesAtTakeOver, harness.Store.Saves.Count);
        Assert.Contains(harness.Logger.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("taken over", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recover_RunningTask_UndoesDoneAndUnderWayStepsAndFailsInterrupted()
    {
        var handler = new ScriptedHandler().Step("one").Step("two").Step("three");
        var harness = new TaskHarness(handler);
        var task = await harness.ClaimedAsync(ScriptedHandler.TypeName, new { });
        task.State = TaskState.Running;
        task.StepsDone = 1;
        await harness.Store.SaveAsync(task, CancellationToken.None);

        await harness.Runner.RecoverAsync(task, CancellationToken.None);

        var recovered = await harness.StoredAsync(task.Id);
        Assert.Equal(["undo two", "undo one"], handler.Journal);
        Assert.Equal(TaskState.Failed, recovered.State);
        Assert.Equal(TaskErrors.InterruptedCode, recovered.ErrorCode);
        Assert.Equal(0, recovered.StepsDone);
    }

    [Fact]
    public async Task Recover_StoppingTask_UndoesAndEndsCanceled()
    {
        var handler = new ScriptedHandler().Step("one").Step("two");
        var harness = new TaskHarness(handler);
        var task = await harness.ClaimedAsync(ScriptedHandler.TypeName, new { });
        task.State = TaskState.Running;
        task.StepsDone = 1;
        await harness.Store.SaveAsync(task, CancellationToken.None);
        harness.Store.FlagCancel(task.Id);

        await harness.Runner.RecoverAsync((await harness.StoredAsync(task.Id)), CancellationToken.None);

        var recovered = await harness.StoredAsync(task.Id);
        Assert.Equal(["undo two", "undo one"], handler.Journal);
        Assert.Equal(TaskState.Canceled, recovered.State);
        Assert.Equal(TaskErrors.CanceledCode, recovered.ErrorCode);
    }

    [Fact]
    public async Task Recover_TaskHeldByAnotherWorker_LeavesItAlone()
    {
        var handler = new ScriptedHandler().Step("one").Step("two");
        var harness = new TaskHarness(handler);
        var task = await harness.ClaimedAsync(ScriptedHandler.TypeName, new { });
        task.State = TaskState.Running;
        task.StepsDone = 1;
        await harness.Store.SaveAsync(task, CancellationToken.None);
        harness.Store.GiveTo(task.Id, "live-host");

        await harness.Runner.RecoverAsync(task, CancellationToken.None);

        var stored = await harness.StoredAsync(task.Id);
        Assert.Empty(handler.Journal);
        Assert.Equal(TaskState.Running, stored.State);
        Assert.Equal(1, stored.StepsDone);
    }

    [Fact]
    public async Task Recover_StartingTaskWithNoStepDone_GoesBackToQueuedWithoutUndo()
    {
        var handler = new ScriptedHandler().Step("one");
        var harness = new TaskHarness(handler);
        var task = await harness.ClaimedAsync(ScriptedHandler.TypeName, new { });

        await harness.Runner.RecoverAsync(task, CancellationToken.None);

        var recovered = await harness.StoredAsync(task.Id);
        Assert.Empty(handler.Journal);
        Assert.Equal(TaskState.Queued, recovered.State);
        Assert.Null(recovered.ClaimedBy);
        Assert.Equal([task.Id], await harness.Store.ListQueuedAsync(10, CancellationToken.None));
    }
}

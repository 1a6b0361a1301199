using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tests.Tasks;

public sealed class TaskStageLogTests
{
    private readonly ScriptedHandler _handler = new ScriptedHandler().Step("Check").Step("Store").Step("Notify");

    [Fact]
    public void For_RunningTask_DoneStepsThenTheCurrentThenPending()
    {
        var stages = TaskStageLog.For(Task(TaskState.Running, stepsDone: 1, stage: "Store"), _handler);

        Assert.Equal([TaskStageStatus.Done, TaskStageStatus.Running, TaskStageStatus.Pending], stages.Select(s => s.Status));
        Assert.Equal(["Check", "Store", "Notify"], stages.Select(s => s.Name));
    }

    [Fact]
    public void For_FailedTask_StepsBeforeTheRecordedStageWereUndoneAndLaterOnesNeverRan()
    {
        // the runner resets StepsDone to 0 while undoing; the recorded stage tells where it stopped
        var stages = TaskStageLog.For(Task(TaskState.Failed, stepsDone: 0, stage: "Store"), _handler);

        Assert.Equal([TaskStageStatus.Undone, TaskStageStatus.Stopped, TaskStageStatus.Skipped], stages.Select(s => s.Status));
    }

    [Fact]
    public void For_CanceledBeforeItStarted_EveryStepNeverRan()
    {
        var stages = TaskStageLog.For(Task(TaskState.Canceled, stepsDone: 0, stage: null), _handler);

        Assert.All(stages, s => Assert.Equal(TaskStageStatus.Skipped, s.Status));
    }

    [Fact]
    public void For_CompletedOrQueued_AllDoneOrAllPending()
    {
        Assert.All(TaskStageLog.For(Task(TaskState.Completed, 3, "Notify"), _handler), s => Assert.Equal(TaskStageStatus.Done, s.Status));
        Assert.All(TaskStageLog.For(Task(TaskState.Queued, 0, null), _handler), s => Assert.Equal(TaskStageStatus.Pending, s.Status));
    }

    [Fact]
    public void For_UnknownTypeOrUnplannableInput_IsEmpty()
    {
        Assert.Empty(TaskStageLog.For(Task(TaskState.Running, 0, null), handler: null));
        Assert.Empty(TaskStageLog.For(Task(TaskState.Running, 0, null), new ThrowingPlanHandler()));
    }

    private static ConsoleTask Task(TaskState state, int stepsDone, string? stage) => new()
    {
        Id = Guid.NewGuid(),
        Type = ScriptedHandler.TypeName,
        State = state,
        StepsDone = stepsDone,
        Stage = stage,
    };

    private sealed class ThrowingPlanHandler : ITaskHandler
    {
        public string Type => ScriptedHandler.TypeName;

        public IReadOnlyList<TaskStep> Plan(TaskContext context) => throw new InvalidOperationException("input lost its secret");
    }
}

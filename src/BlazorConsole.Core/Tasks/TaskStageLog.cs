namespace BlazorConsole.Core.Tasks;

/// <summary>
/// Rebuilds a task's stage log from its handler's plan (which depends only on the input), the steps done and
/// the recorded stage: the runner keeps the name of the step it was on when the task failed or was canceled.
/// </summary>
public static class TaskStageLog
{
    public static IReadOnlyList<TaskStage> For(ConsoleTask task, ITaskHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (handler is null)
        {
            return [];
        }

        IReadOnlyList<string> names;
        try
        {
            // a copy, so that planning never touches the task the caller holds
            names = [.. handler.Plan(new TaskContext(task.Snapshot(), (_, _) => Task.CompletedTask)).Select(s => s.Name)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // an input that no longer plans (its secrets were dropped): the recorded stage is all there is
            return [];
        }

        return [.. names.Select((name, index) => new TaskStage(name, StatusOf(task, names, index)))];
    }

    private static TaskStageStatus StatusOf(ConsoleTask task, IReadOnlyList<string> names, int index)
    {
        switch (task.State)
        {
            case TaskState.Completed:
                return TaskStageStatus.Done;
            case TaskState.Running or TaskState.Stopping:
                return index < task.StepsDone ? TaskStageStatus.Done : index == task.StepsDone ? TaskStageStatus.Running : TaskStageStatus.Pending;
            case TaskState.Failed or TaskState.Canceled:
                var stopped = task.Stage is null ? -1 : IndexOf(names, task.Stage);
                if (stopped < 0)
                {
                    // ended before its first step (canceled while queued, interrupted before it started)
                    return TaskStageStatus.Skipped;
                }

                return index < stopped ? TaskStageStatus.Undone : index == stopped ? TaskStageStatus.Stopped : TaskStageStatus.Skipped;
            default:
                return TaskStageStatus.Pending;
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string stage)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], stage, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

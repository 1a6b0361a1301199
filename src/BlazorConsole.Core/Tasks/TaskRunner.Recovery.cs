namespace BlazorConsole.Core.Tasks;

public sealed partial class TaskRunner
{
    /// <summary>
    /// Ends a task left Starting, Running or Stopping by a host that died, once this worker has taken it over
    /// (<see cref="ITaskStore.TryTakeOverAsync"/>; <paramref name="task"/> is the row read after that). A task
    /// claimed but with no step done goes back to Queued and runs again; a Running one has its done steps (and
    /// the step that was under way) undone in reverse and ends Failed <see cref="TaskErrors.InterruptedCode"/>;
    /// a Stopping one is undone and ends Canceled.
    /// </summary>
    public async Task RecoverAsync(ConsoleTask task, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(task);
        try
        {
            await RecoverHeldAsync(task, stopping);
        }
        catch (TaskLeaseLostException)
        {
            LogLeaseLost(task.Id, task.Type, task.ClaimedBy);
        }
    }

    private async Task RecoverHeldAsync(ConsoleTask task, CancellationToken stopping)
    {
        if (task.State == TaskState.Starting && task.StepsDone == 0 && !task.CancelRequested)
        {
            if (task.ClaimedBy is { } worker && await store.TryRequeueAsync(task.Id, worker, Now(), stopping))
            {
                LogRequeued(task.Id, task.Type);
                if (await store.GetAsync(task.Id, stopping) is { } queued)
                {
                    notifier.Publish(queued);
                }
            }

            return;
        }

        var canceled = task.State == TaskState.Stopping || task.CancelRequested;
        LogRecovering(task.Id, task.Type, task.State, task.StepsDone);

        // nothing is undone unless this worker still holds the task (the save throws when it does not)
        await SaveAsync(task, stopping);
        _handlers.TryGetValue(task.Type, out var handler);
        var context = new TaskContext(task, (_, _) => Task.CompletedTask);
        IReadOnlyList<TaskStep> plan = [];
        if (handler is not null)
        {
            try
            {
                plan = handler.Plan(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPlanFailed(ex, task.Id, task.Type);
            }
        }
        else
        {
            LogUnknownType(task.Id, task.Type);
        }

        await UndoAsync(task, plan, context, stepUnderWay: true, stopping);
        if (canceled)
        {
            await FinishAsync(task, handler, TaskState.Canceled, TaskErrors.CanceledCode, CanceledMessage, stopping);
        }
        else
        {
            await FinishAsync(task, handler, TaskState.Failed, TaskErrors.InterruptedCode, InterruptedMessage, stopping);
        }
    }

    /// <summary>
    /// Undoes the done steps in reverse (and the step under way, whose undo tolerates a half-done step),
    /// saving <see cref="ConsoleTask.StepsDone"/> after each, so that a second recovery does not start over.
    /// A failed undo is logged and the others still run.
    /// </summary>
    private async Task UndoAsync(ConsoleTask task, IReadOnlyList<TaskStep> plan, TaskContext context, bool stepUnderWay, CancellationToken stopping)
    {
        var last = Math.Min(stepUnderWay ? task.StepsDone : task.StepsDone - 1, plan.Count - 1);
        for (var index = last; index >= 0; index--)
        {
            var step = plan[index];
            if (step.UndoAsync is { } undo)
            {
                try
                {
                    await undo(context, stopping);
                }
                catch (Exception ex) when (!stopping.IsCancellationRequested)
                {
                    LogUndoFailed(ex, task.Id, task.Type, step.Name);
                }
            }

            task.StepsDone = index;
            await SaveAsync(task, stopping);
        }
    }
}

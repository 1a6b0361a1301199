using Microsoft.Extensions.Logging;

namespace BlazorConsole.Core.Tasks;

/// <summary>
/// Runs one claimed task: builds its handler's plan, runs the steps from <see cref="ConsoleTask.StepsDone"/>
/// on, saves and publishes the task after every change, and undoes the done steps in reverse when a step
/// fails, throws or the task is canceled. A host shutdown is not a cancel: the row is left as it is, for
/// <see cref="RecoverAsync"/> by a host once the lease has expired. Every write is conditional on this
/// worker still holding the task; a runner whose task was taken over stops without touching the row.
/// </summary>
public sealed partial class TaskRunner(
    IEnumerable<ITaskHandler> handlers,
    ITaskStore store,
    TaskNotifier notifier,
    TaskCancellations cancellations,
    TimeProvider time,
    ILogger<TaskRunner> logger)
{
    private const string CanceledMessage = "The task was canceled; the changes it made were undone.";
    private const string InterruptedMessage = "The task was interrupted when its server stopped; the changes it made were undone.";

    private readonly Dictionary<string, ITaskHandler> _handlers = handlers.ToDictionary(h => h.Type, StringComparer.Ordinal);

    /// <summary>
    /// Runs a task this worker claimed (Starting, or Running again after a resume). Returns when the task
    /// ended, or when <paramref name="stopping"/> (host shutdown) interrupted it, leaving its row for recovery.
    /// </summary>
    public async Task RunAsync(ConsoleTask task, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(task);
        try
        {
            if (!_handlers.TryGetValue(task.Type, out var handler))
            {
                LogUnknownType(task.Id, task.Type);
                await FinishAsync(task, null, TaskState.Failed, TaskErrors.InternalErrorCode, $"The task type '{task.Type}' is not supported by this server.", stopping);
                return;
            }

            await RunClaimedAsync(task, handler, stopping);
        }
        catch (TaskLeaseLostException)
        {
            // another host took the task over after this one's lease expired: the row is its now
            LogLeaseLost(task.Id, task.Type, task.ClaimedBy);
        }
    }

    private async Task RunClaimedAsync(ConsoleTask task, ITaskHandler handler, CancellationToken stopping)
    {
        using var source = cancellations.Register(task.Id, stopping);
        try
        {
            await RunStepsAsync(task, handler, source.Token, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Host shutdown, not a user's cancel: the row stays as it is in the database (Running, or
            // Stopping when a user had asked), so that a host recovers it once its lease expires: it undoes
            // the done steps and ends it Failed VIRMT_TaskInterrupted (or Canceled). Nothing is written here on purpose.
            LogLeftForRecovery(task.Id, task.Type, task.StepsDone);
        }
        finally
        {
            cancellations.Unregister(task.Id);
        }
    }

    private async Task RunStepsAsync(ConsoleTask task, ITaskHandler handler, CancellationToken token, CancellationToken stopping)
    {
        var index = task.StepsDone;
        IReadOnlyList<TaskStep> plan = [];
        var context = new TaskContext(task, (percent, ct) => ReportStepProgressAsync(task, index, plan.Count, percent, ct));
        try
        {
            plan = handler.Plan(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPlanFailed(ex, task.Id, task.Type);
            await FinishAsync(task, handler, TaskState.Failed, TaskErrors.InternalErrorCode, $"The task could not be planned. Details are in the server log under task {task.Id}.", stopping);
            return;
        }

        if (task.State != TaskState.Running)
        {
            task.State = TaskState.Running;
            task.StateChanged = Now();
        }

        await SaveAsync(task, stopping);
        for (; index < plan.Count; index++)
        {
            var step = plan[index];
            if (await IsCancelRequestedAsync(task, token, stopping))
            {
                await CancelAsync(task, handler, plan, context, stepUnderWay: false, stopping);
                return;
            }

            task.Stage = Truncate(step.Name, ConsoleTask.StageMaxLength);
            task.Progress = Percent(index, 0, plan.Count);
            await SaveAsync(task, stopping);

            Common.Result result;
            try
            {
                result = await step.RunAsync(context, token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                stopping.ThrowIfCancellationRequested();
                await CancelAsync(task, handler, plan, context, stepUnderWay: true, stopping);
                return;
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                // the exception is logged, never the input (it may hold protected secrets), nor shown to users
                LogStepFailed(ex, task.Id, task.Type, step.Name);
                await UndoAsync(task, plan, context, stepUnderWay: true, stopping);
                await FinishAsync(
                    task,
                    handler,
                    TaskState.Failed,
                    TaskErrors.InternalErrorCode,
                    $"The step '{step.Name}' failed unexpectedly; the changes the task made were undone. Details are in the server log under task {task.Id}.",
                    stopping);
                return;
            }

            if (!result.IsSuccess)
            {
                await UndoAsync(task, plan, context, stepUnderWay: false, stopping);
                await FinishAsync(task, handler, TaskState.Failed, result.Error.Code, result.Error.Message, stopping);
                return;
            }

            task.StepsDone = index + 1;
            if (task.StepsDone < plan.Count)
            {
                task.Progress = Percent(task.StepsDone, 0, plan.Count);
                await SaveAsync(task, stopping);
            }
        }

        // a cancel answered Stopping while the last step ran is honoured: the task is undone, not Completed
        if (await IsCancelRequestedAsync(task, token, stopping))
        {
            await CancelAsync(task, handler, plan, context, stepUnderWay: false, stopping);
            return;
        }

        // the last step's StepsDone is saved with Completed, so a task is never left "all done" but Running
        await FinishAsync(task, handler, TaskState.Completed, null, null, stopping);
    }

    private async Task CancelAsync(ConsoleTask task, ITaskHandler handler, IReadOnlyList<TaskStep> plan, TaskContext context, bool stepUnderWay, CancellationToken stopping)
    {
        LogCanceling(task.Id, task.Type);
        if (task.State != TaskState.Stopping)
        {
            task.State = TaskState.Stopping;
            task.StateChanged = Now();
        }

        await SaveAsync(task, stopping);
        await UndoAsync(task, plan, context, stepUnderWay, stopping);
        await FinishAsync(task, handler, TaskState.Canceled, TaskErrors.CanceledCode, CanceledMessage, stopping);
    }

    /// <summary>True when this process's token or the row (another node's request) says cancel; throws on host shutdown.</summary>
    private async Task<bool> IsCancelRequestedAsync(ConsoleTask task, CancellationToken token, CancellationToken stopping)
    {
        if (token.IsCancellationRequested || await store.IsCancelRequestedAsync(task.Id, stopping))
        {
            stopping.ThrowIfCancellationRequested();
            return true;
        }

        return false;
    }

    private async Task ReportStepProgressAsync(ConsoleTask task, int index, int total, int percentOfStep, CancellationToken cancellationToken)
    {
        task.Progress = Percent(index, percentOfStep, total);
        await SaveAsync(task, cancellationToken);
    }

    private async Task SaveAsync(ConsoleTask task, CancellationToken cancellationToken)
    {
        task.Changed = Now();
        if (!await store.SaveAsync(task, cancellationToken))
        {
            throw new TaskLeaseLostException(task.Id);
        }

        notifier.Publish(task.Snapshot());
    }

    private async Task FinishAsync(ConsoleTask task, ITaskHandler? handler, TaskState state, string? errorCode, string? errorMessage, CancellationToken cancellationToken)
    {
        var now = Now();
        task.State = state;
        task.StateChanged = now;
        task.ErrorCode = errorCode;
        task.ErrorMessage = errorMessage is null ? null : Truncate(errorMessage, ConsoleTask.ErrorMessageMaxLength);
        if (state == TaskState.Completed)
        {
            task.Progress = 100;
        }
        else
        {
            // a task that did not complete has no result (its changes were undone)
            task.Result = null;
        }

        task.Input = WithoutSecrets(task, handler);

        await SaveAsync(task, cancellationToken);
        LogFinished(task.Id, task.Type, state, errorCode);
    }

    private string WithoutSecrets(ConsoleTask task, ITaskHandler? handler)
    {
        var input = TaskSecrets.Remove(handler, task.Input, out var unreadable);
        if (unreadable is not null)
        {
            LogInputUnreadable(unreadable, task.Id, task.Type);
        }

        return input;
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static int Percent(int stepsDone, int percentOfStep, int total) =>
        total == 0 ? 100 : (int)(((stepsDone * 100L) + percentOfStep) / total);

    private static string Truncate(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];
}

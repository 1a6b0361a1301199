using Microsoft.Extensions.Logging;

namespace BlazorConsole.Core.Tasks;

public sealed partial class TaskRunner
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Task {TaskId} has the type {TaskType}, which no handler runs")]
    private partial void LogUnknownType(Guid taskId, string taskType);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Step {Step} of task {TaskId} ({TaskType}) threw; undoing the task")]
    private partial void LogStepFailed(Exception exception, Guid taskId, string taskType, string step);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "The undo of step {Step} of task {TaskId} ({TaskType}) failed; the other undos go on")]
    private partial void LogUndoFailed(Exception exception, Guid taskId, string taskType, string step);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "The plan of task {TaskId} ({TaskType}) could not be built")]
    private partial void LogPlanFailed(Exception exception, Guid taskId, string taskType);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Task {TaskId} ({TaskType}) is canceled; undoing its steps")]
    private partial void LogCanceling(Guid taskId, string taskType);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Task {TaskId} ({TaskType}) ended {State} {ErrorCode}")]
    private partial void LogFinished(Guid taskId, string taskType, TaskState state, string? errorCode);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Task {TaskId} ({TaskType}) was interrupted by the host stopping after {StepsDone} steps; a host recovers it once its lease expires")]
    private partial void LogLeftForRecovery(Guid taskId, string taskType, int stepsDone);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Task {TaskId} ({TaskType}) had been claimed but not started; queued again")]
    private partial void LogRequeued(Guid taskId, string taskType);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Recovering task {TaskId} ({TaskType}) left {State} after {StepsDone} steps")]
    private partial void LogRecovering(Guid taskId, string taskType, TaskState state, int stepsDone);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Error, Message = "The input of task {TaskId} ({TaskType}) could not be cleaned of secrets; it was dropped")]
    private partial void LogInputUnreadable(Exception exception, Guid taskId, string taskType);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Task {TaskId} ({TaskType}) was taken over by another host after the lease of {Worker} expired; this host stops it without writing it")]
    private partial void LogLeaseLost(Guid taskId, string taskType, string? worker);
}

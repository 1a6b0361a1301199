using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Tasks;

public static class TaskErrors
{
    /// <summary>The task was running when its host stopped; its done steps were undone (decision).</summary>
    public const string InterruptedCode = "VIRMT_TaskInterrupted";

    /// <summary>The task was canceled by a user or by the system (decision).</summary>
    public const string CanceledCode = "VIRMT_TaskCanceled";

    /// <summary>An unexpected fault in a step; details are in the log under the correlation id (decision).</summary>
    public const string InternalErrorCode = "VIRMT_InternalError";

    public const string NotFoundCode = "VIRMT_TaskWithSpecifiedIdNotFound";

    public static Error NotFound(Guid id) => Error.NotFound(NotFoundCode, $"A task with the identifier {id} is not found.");
}

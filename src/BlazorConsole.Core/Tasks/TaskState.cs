namespace BlazorConsole.Core.Tasks;

/// <summary>The eight states of the seed, written on the wire with these names.</summary>
public enum TaskState
{
    Created = 0,
    Queued = 1,
    Starting = 2,
    Running = 3,
    Stopping = 4,
    Completed = 5,
    Failed = 6,
    Canceled = 7,
}

public static class TaskStates
{
    public static bool IsFinal(this TaskState state) =>
        state is TaskState.Completed or TaskState.Failed or TaskState.Canceled;

    /// <summary>A worker holds the task: it was claimed and has not ended.</summary>
    public static bool IsActive(this TaskState state) =>
        state is TaskState.Starting or TaskState.Running or TaskState.Stopping;

    public static bool TryParse(string? text, out TaskState state) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out state) && Enum.IsDefined(state);
}

namespace BlazorConsole.Core.Tasks;

/// <summary>Where one step of a task's plan stands.</summary>
public enum TaskStageStatus
{
    /// <summary>Not reached yet.</summary>
    Pending,

    /// <summary>Under way now.</summary>
    Running,

    Done,

    /// <summary>Done, then undone because the task failed or was canceled.</summary>
    Undone,

    /// <summary>The step where the task failed or was canceled.</summary>
    Stopped,

    /// <summary>Never run: the task ended before it.</summary>
    Skipped,
}

namespace BlazorConsole.Core.Tasks;

/// <summary>
/// Thrown inside the runner when a save finds the task held by another worker (this one's lease expired and
/// the task was taken over); the runner then stops without writing the row again.
/// </summary>
public sealed class TaskLeaseLostException : Exception
{
    public TaskLeaseLostException()
    {
    }

    public TaskLeaseLostException(string message)
        : base(message)
    {
    }

    public TaskLeaseLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TaskLeaseLostException(Guid taskId)
        : base($"Task {taskId} is held by another worker.")
    {
    }
}

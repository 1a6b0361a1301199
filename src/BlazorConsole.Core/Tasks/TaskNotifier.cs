namespace BlazorConsole.Core.Tasks;

/// <summary>
/// In-process publication of task changes for live pages (task centre, progress). Subscribers must
/// re-enter their own synchronization context and unsubscribe when disposed.
/// </summary>
public sealed class TaskNotifier
{
    public event Action<ConsoleTask>? TaskChanged;

    public void Publish(ConsoleTask task) => TaskChanged?.Invoke(task);
}

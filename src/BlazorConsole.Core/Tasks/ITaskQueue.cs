namespace BlazorConsole.Core.Tasks;

/// <summary>Creates tasks as Queued rows and wakes the worker.</summary>
public interface ITaskQueue
{
    Task<ConsoleTask> EnqueueAsync(TaskRequest request, CancellationToken cancellationToken);
}

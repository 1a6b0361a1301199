using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Tasks;

/// <summary>The task use cases (read, list, cancel), shared by the REST API and the task centre.</summary>
public sealed class TaskService(ITaskStore store, TaskCancellations cancellations, TaskNotifier notifier, TimeProvider time)
{
    public async Task<Result<ConsoleTask>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } task ? task : TaskErrors.NotFound(id);

    public IAsyncEnumerable<ConsoleTask> StreamAsync(TaskQuery query, CancellationToken cancellationToken) =>
        store.StreamAsync(query, cancellationToken);

    /// <summary>
    /// Cancels a task that has not started (it ends Canceled at once) or asks a running one to stop
    /// (it goes Stopping, undoes its done steps, then ends Canceled). Children only through their parent.
    /// </summary>
    public async Task<CancelOutcome> CancelAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await store.RequestCancelAsync(id, time.GetUtcNow().UtcDateTime, cancellationToken);
        if (outcome is CancelOutcome.Canceled or CancelOutcome.Stopping)
        {
            cancellations.Cancel(id);
            if (await store.GetAsync(id, cancellationToken) is { } task)
            {
                notifier.Publish(task);
            }
        }

        return outcome;
    }
}

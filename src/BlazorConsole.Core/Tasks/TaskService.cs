using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using Microsoft.Extensions.Logging;

namespace BlazorConsole.Core.Tasks;

/// <summary>The task use cases (read, list, cancel), shared by the REST API and the task centre.</summary>
public sealed partial class TaskService(
    ITaskStore store,
    IEnumerable<ITaskHandler> handlers,
    TaskCancellations cancellations,
    TaskNotifier notifier,
    TimeProvider time,
    ILogger<TaskService> logger,
    IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    private readonly Dictionary<string, ITaskHandler> _handlers = handlers.ToDictionary(h => h.Type, StringComparer.Ordinal);

    /// <summary>A task of a tenant out of scope (or of no tenant, for a principal limited to chosen tenants) is not found.</summary>
    public async Task<Result<ConsoleTask>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } task && _access.Current.Covers(task.TenantId) ? task : TaskErrors.NotFound(id);

    public IAsyncEnumerable<ConsoleTask> StreamAsync(TaskQuery query, CancellationToken cancellationToken) =>
        store.StreamAsync(query with { TenantIds = _access.Current.TenantFilter }, cancellationToken);

    /// <summary>
    /// Cancels a task that has not started (it ends Canceled at once) or asks a running one to stop
    /// (it goes Stopping, undoes its done steps, then ends Canceled). Children only through their parent.
    /// The tasks the cancel ended at once (the task itself, its children that had not started) keep no secret.
    /// </summary>
    public async Task<CancelOutcome> CancelAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await GetAsync(id, cancellationToken)).IsSuccess)
        {
            return CancelOutcome.NotFound;
        }

        if (!_access.Current.CanWrite)
        {
            return CancelOutcome.AccessDenied;
        }

        var outcome = await store.RequestCancelAsync(id, time.GetUtcNow().UtcDateTime, cancellationToken);
        if (outcome is CancelOutcome.Canceled or CancelOutcome.Stopping)
        {
            cancellations.Cancel(id);
            await RemoveSecretsAsync(id, cancellationToken);
            if (await store.GetAsync(id, cancellationToken) is { } task)
            {
                notifier.Publish(task);
            }
        }

        return outcome;
    }

    /// <summary>Rewrites the input of the task and of its children that ended without a runner (canceled before they started).</summary>
    private async Task RemoveSecretsAsync(Guid id, CancellationToken cancellationToken)
    {
        List<ConsoleTask> ended = [];
        if (await store.GetAsync(id, cancellationToken) is { } task && task.State.IsFinal())
        {
            ended.Add(task);
        }

        await foreach (var child in store.StreamAsync(new TaskQuery { ParentId = id }, cancellationToken))
        {
            if (child.State.IsFinal())
            {
                ended.Add(child);
            }
        }

        foreach (var row in ended)
        {
            _handlers.TryGetValue(row.Type, out var handler);
            var input = TaskSecrets.Remove(handler, row.Input, out var unreadable);
            if (unreadable is not null)
            {
                LogInputUnreadable(unreadable, row.Id, row.Type);
            }

            if (!string.Equals(input, row.Input, StringComparison.Ordinal))
            {
                await store.ReplaceFinalInputAsync(row.Id, input, cancellationToken);
            }
        }
    }

    [LoggerMessage(EventId = 1011, Level = LogLevel.Error, Message = "The input of canceled task {TaskId} ({TaskType}) could not be cleaned of secrets; it was dropped")]
    private partial void LogInputUnreadable(Exception exception, Guid taskId, string taskType);
}

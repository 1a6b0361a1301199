namespace BlazorConsole.Core.Tasks;

public sealed class TaskQueue(ITaskStore store, TaskSignal signal, TaskNotifier notifier, TimeProvider time) : ITaskQueue
{
    public async Task<ConsoleTask> EnqueueAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var task = new ConsoleTask
        {
            Id = Guid.CreateVersion7(),
            Type = request.Type,
            State = TaskState.Queued,
            Input = TaskContext.SerializeInput(request.Input),
            TenantId = request.TenantId,
            ParentId = request.ParentId,
            CreatedBy = request.CreatedBy,
            Created = now,
            StateChanged = now,
            Changed = now,
        };
        await store.AddAsync(task, cancellationToken);
        notifier.Publish(task);
        signal.Notify();
        return task;
    }
}

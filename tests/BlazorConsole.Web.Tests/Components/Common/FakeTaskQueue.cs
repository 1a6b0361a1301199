using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Web.Tests.Components.Common;

/// <summary>Keeps the requested tasks in memory, as Queued.</summary>
public sealed class FakeTaskQueue : ITaskQueue
{
    public List<TaskRequest> Requests { get; } = [];

    public Task<ConsoleTask> EnqueueAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var now = DateTime.UtcNow;
        return Task.FromResult(new ConsoleTask
        {
            Id = Guid.NewGuid(),
            Type = request.Type,
            State = TaskState.Queued,
            Input = "{}",
            TenantId = request.TenantId,
            CreatedBy = request.CreatedBy,
            Created = now,
            StateChanged = now,
            Changed = now,
        });
    }
}

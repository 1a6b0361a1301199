using BlazorConsole.Core.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Core.Tests.Tasks;

/// <summary>A runner over an in-memory store, a fake clock and a recording logger.</summary>
internal sealed class TaskHarness
{
    public TaskHarness(params ITaskHandler[] handlers)
        : this(NewClock(), handlers)
    {
    }

    public TaskHarness(FakeTimeProvider time, params ITaskHandler[] handlers)
    {
        Time = time;
        Runner = new TaskRunner(handlers, Store, Notifier, Cancellations, Time, Logger);
        Service = new TaskService(Store, handlers, Cancellations, Notifier, Time, ServiceLogger);
        Notifier.TaskChanged += Published.Add;
    }

    /// <summary>The worker that holds the tasks this harness claims.</summary>
    public const string Worker = "test";

    public FakeTaskStore Store { get; } = new();

    public TaskNotifier Notifier { get; } = new();

    public TaskCancellations Cancellations { get; } = new();

    public FakeTimeProvider Time { get; }

    public RecordingLogger<TaskRunner> Logger { get; } = new();

    public TaskRunner Runner { get; }

    public RecordingLogger<TaskService> ServiceLogger { get; } = new();

    public TaskService Service { get; }

    public List<ConsoleTask> Published { get; } = [];

    /// <summary>Adds a task as the worker leaves it after a claim: Starting, no step done.</summary>
    public async Task<ConsoleTask> ClaimedAsync(string type, object input)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        var task = new ConsoleTask
        {
            Id = Guid.NewGuid(),
            Type = type,
            State = TaskState.Starting,
            Input = TaskContext.SerializeInput(input),
            ClaimedBy = Worker,
            LeaseExpires = now.AddSeconds(30),
            Created = now,
            StateChanged = now,
            Changed = now,
        };
        await Store.AddAsync(task, CancellationToken.None);
        return task;
    }

    /// <summary>A clock at 2026-11-23 10:00:00.5 UTC (half a second, to show truncation to seconds).</summary>
    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, 500, TimeSpan.Zero));

    public async Task<ConsoleTask> RunAsync(string type, object input)
    {
        var task = await ClaimedAsync(type, input);
        await Runner.RunAsync(task, CancellationToken.None);
        return (await Store.GetAsync(task.Id, CancellationToken.None))!;
    }

    public async Task<ConsoleTask> StoredAsync(Guid id) => (await Store.GetAsync(id, CancellationToken.None))!;
}

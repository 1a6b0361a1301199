using System.Collections.Concurrent;

namespace BlazorConsole.Web.Tests.Tasks;

/// <summary>Shared by the test handler in every host of a test: what ran where, and a gate that holds the second step.</summary>
internal sealed class GateProbe
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _entered = new();

    public ConcurrentQueue<(Guid TaskId, string Host, string Action)> Journal { get; } = new();

    /// <summary>While false, the second step does not wait for <see cref="Release"/>.</summary>
    public bool Block { get; init; } = true;

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Record(Guid taskId, string host, string action) => Journal.Enqueue((taskId, host, action));

    public void SignalEntered(Guid taskId) => EnteredSource(taskId).TrySetResult();

    /// <summary>Completes when the task is inside its blocking step (bounded by the caller's timeout).</summary>
    public Task EnteredAsync(Guid taskId) => EnteredSource(taskId).Task.WaitAsync(TimeSpan.FromSeconds(30));

    public IReadOnlyList<string> ActionsOf(Guid taskId) => [.. Journal.Where(j => j.TaskId == taskId).Select(j => j.Action)];

    private TaskCompletionSource EnteredSource(Guid taskId) =>
        _entered.GetOrAdd(taskId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

using System.Collections.Concurrent;

namespace BlazorConsole.Core.Tasks;

/// <summary>
/// Cancellation tokens of the tasks this process is running, so that a cancel request stops a step at
/// once. Another node's cancel is seen through the task row's CancelRequested flag between steps.
/// </summary>
public sealed class TaskCancellations
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();

    /// <summary>Registers a running task; dispose the returned source when the task ends.</summary>
    public CancellationTokenSource Register(Guid taskId, CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _running[taskId] = source;
        return source;
    }

    public void Unregister(Guid taskId) => _running.TryRemove(taskId, out _);

    public void Cancel(Guid taskId)
    {
        if (_running.TryGetValue(taskId, out var source))
        {
            try
            {
                source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // the task ended meanwhile
            }
        }
    }
}

using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Web.Components.Layout;

/// <summary>The app bar's link to the task centre, with a live count of the tasks that have not ended.</summary>
public sealed partial class RunningTasksBadge(TaskCentreService taskCentre, TaskNotifier notifier, ILogger<RunningTasksBadge> logger) : IDisposable
{
    private int _count;
    private bool _subscribed;

    private string Label => _count switch
    {
        0 => "Task centre: no unfinished tasks",
        1 => "Task centre: 1 unfinished task",
        _ => $"Task centre: {_count} unfinished tasks",
    };

    protected override Task OnInitializedAsync() => CountAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_subscribed)
        {
            notifier.TaskChanged += OnTaskChanged;
            _subscribed = true;
        }
    }

    private void OnTaskChanged(ConsoleTask task)
    {
        // the count changes only when a task is queued or ends; progress of a running task does not move it
        if (task.State is TaskState.Queued or TaskState.Created || task.State.IsFinal())
        {
            _ = InvokeAsync(async () =>
            {
                await CountAsync();
                StateHasChanged();
            });
        }
    }

    private async Task CountAsync()
    {
        try
        {
            _count = await taskCentre.CountUnfinishedAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // the badge is a hint: it hides rather than break the shell; the task centre shows the error
            LogCountFailed(logger, exception);
            _count = 0;
        }
    }

    public void Dispose()
    {
        if (_subscribed)
        {
            notifier.TaskChanged -= OnTaskChanged;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The unfinished task count could not be read")]
    private static partial void LogCountFailed(ILogger logger, Exception exception);
}

using BlazorConsole.Core.Tasks;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Shared.Tenants;

/// <summary>
/// Shows one task's progress live: it reads the task once, then follows <see cref="TaskNotifier"/> (the worker
/// publishes every change), re-entering the circuit with <c>InvokeAsync</c>; nothing is polled by the browser.
/// <see cref="OnEnded"/> fires once when the task reaches a final state.
/// </summary>
public sealed partial class TaskProgressView(TaskService tasks, TaskNotifier notifier) : IDisposable
{
    private ConsoleTask? _task;
    private bool _endReported;
    private Guid _subscribedTo;

    [Parameter, EditorRequired]
    public Guid TaskId { get; set; }

    /// <summary>The accessible name of the progress region (for example "Creating tenant Acme").</summary>
    [Parameter]
    public string? Label { get; set; }

    [Parameter]
    public EventCallback<ConsoleTask> OnEnded { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_subscribedTo == TaskId)
        {
            return;
        }

        _subscribedTo = TaskId;
        _task = null;
        _endReported = false;
        notifier.TaskChanged -= OnTaskChanged;

        // subscribed before the read, so that a change in between is not lost
        notifier.TaskChanged += OnTaskChanged;
        var current = await tasks.GetAsync(TaskId, CancellationToken.None);
        if (current.IsSuccess && (_task is null || current.Value.Changed >= _task.Changed))
        {
            _task = current.Value;
        }

        await ReportEndAsync();
    }

    public void Dispose() => notifier.TaskChanged -= OnTaskChanged;

    private void OnTaskChanged(ConsoleTask task)
    {
        if (task.Id != TaskId)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            if (_task is null || task.Changed >= _task.Changed || task.State.IsFinal())
            {
                _task = task;
            }

            await ReportEndAsync();
            StateHasChanged();
        });
    }

    private async Task ReportEndAsync()
    {
        if (_task is { } task && task.State.IsFinal() && !_endReported)
        {
            _endReported = true;
            await OnEnded.InvokeAsync(task);
        }
    }

    private static Color StateColor(TaskState state) => state switch
    {
        TaskState.Completed => Color.Success,
        TaskState.Failed => Color.Error,
        TaskState.Canceled => Color.Warning,
        _ => Color.Info,
    };

    private static string EndText(ConsoleTask task) => task.State switch
    {
        TaskState.Completed => "Done.",
        TaskState.Canceled => "Canceled.",
        _ => "Failed.",
    };
}

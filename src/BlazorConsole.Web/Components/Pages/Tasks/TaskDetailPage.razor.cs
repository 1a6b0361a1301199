using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Tasks;

/// <summary>
/// One task: progress, stage log, result or error, parent and children, and its cancel (through
/// <see cref="TaskService.CancelAsync"/>; a child only through its parent). Changes arrive live from <see cref="TaskNotifier"/>.
/// </summary>
public sealed partial class TaskDetailPage(
    TaskCentreService taskCentre,
    TaskService tasks,
    TaskNotifier notifier,
    TaskToasts toasts,
    ILogger<TaskDetailPage> logger) : IDisposable
{
    private TaskDetail? _detail;
    private DataRegionState _region = DataRegionState.Loading;
    private string? _correlationId;
    private string? _cancelMessage;
    private bool _canceling;
    private bool _subscribed;
    private Guid _loadedId;

    [Parameter]
    public Guid Id { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId != Id || _detail is null)
        {
            _loadedId = Id;
            _cancelMessage = null;
            await LoadAsync();
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_subscribed)
        {
            notifier.TaskChanged += OnTaskChanged;
            _subscribed = true;
        }
    }

    private async Task LoadAsync()
    {
        if (_detail is null)
        {
            _region = DataRegionState.Loading;
        }

        try
        {
            var result = await taskCentre.GetDetailAsync(Id, CancellationToken.None);
            _detail = result.IsSuccess ? result.Value : null;
            _region = result.IsSuccess ? DataRegionState.Content : DataRegionState.Empty;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogLoadFailed(logger, exception, _correlationId);
            _region = DataRegionState.Error;
        }
    }

    private void OnTaskChanged(ConsoleTask task)
    {
        if (_detail is not { } detail || (task.Id != detail.Task.Id && task.ParentId != detail.Task.Id && task.Id != detail.Task.ParentId))
        {
            return;
        }

        _ = InvokeAsync(() =>
        {
            if (_detail is not { } shown)
            {
                return;
            }

            if (task.Id == shown.Task.Id)
            {
                _detail = shown with { Task = task, Stages = taskCentre.StagesOf(task) };
            }
            else if (task.Id == shown.Task.ParentId)
            {
                _detail = shown with { Parent = task };
            }
            else
            {
                var children = shown.Children.ToList();
                var index = children.FindIndex(c => c.Id == task.Id);
                if (index >= 0)
                {
                    children[index] = task;
                }
                else
                {
                    children.Add(task);
                }

                _detail = shown with { Children = children };
            }

            StateHasChanged();
        });
    }

    private async Task CancelAsync()
    {
        if (_detail is null)
        {
            return;
        }

        _canceling = true;
        try
        {
            var outcome = await tasks.CancelAsync(_detail.Task.Id, CancellationToken.None);
            _cancelMessage = outcome switch
            {
                CancelOutcome.Canceled => "The task was canceled before it started.",
                CancelOutcome.Stopping => "The task is stopping; the steps it has done are being undone.",
                CancelOutcome.ChildTask => "A child task is canceled through its parent.",
                CancelOutcome.AlreadyFinal => "The task has already ended.",
                CancelOutcome.AccessDenied => "Your role does not allow canceling tasks.",
                _ => "The task no longer exists.",
            };
            await LoadAsync();
            if (_detail is { } detail && outcome is CancelOutcome.Canceled or CancelOutcome.Stopping)
            {
                toasts.Show(detail.Task);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogCancelFailed(logger, exception, _correlationId);
            _cancelMessage = $"The task could not be canceled. Reference for your administrator: {_correlationId}";
        }
        finally
        {
            _canceling = false;
        }
    }

    private static string StageIcon(TaskStageStatus status) => status switch
    {
        TaskStageStatus.Done => Icons.Material.Filled.CheckCircle,
        TaskStageStatus.Running => Icons.Material.Filled.Autorenew,
        TaskStageStatus.Undone => Icons.Material.Filled.Undo,
        TaskStageStatus.Stopped => Icons.Material.Filled.Error,
        TaskStageStatus.Skipped => Icons.Material.Filled.RemoveCircleOutline,
        _ => Icons.Material.Filled.RadioButtonUnchecked,
    };

    private static Color StageColor(TaskStageStatus status) => status switch
    {
        TaskStageStatus.Done => Color.Success,
        TaskStageStatus.Running => Color.Info,
        TaskStageStatus.Stopped => Color.Error,
        TaskStageStatus.Undone => Color.Warning,
        _ => Color.Default,
    };

    private static string StageText(TaskStageStatus status) => status switch
    {
        TaskStageStatus.Done => "done",
        TaskStageStatus.Running => "under way",
        TaskStageStatus.Undone => "undone",
        TaskStageStatus.Stopped => "stopped here",
        TaskStageStatus.Skipped => "not run",
        _ => "waiting",
    };

    public void Dispose()
    {
        if (_subscribed)
        {
            notifier.TaskChanged -= OnTaskChanged;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A task could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A task could not be canceled (correlation id {CorrelationId})")]
    private static partial void LogCancelFailed(ILogger logger, Exception exception, string correlationId);
}

using BlazorConsole.Core.Tasks;
using MudBlazor;

namespace BlazorConsole.Web.Components.Shared;

/// <summary>
/// The one way pages announce a task: a snackbar naming the task and its state, with a link to its page in the
/// task centre. Register scoped (one per circuit, like <see cref="ISnackbar"/>).
/// </summary>
public sealed class TaskToasts(ISnackbar snackbar)
{
    /// <summary>Shows the task's toast: "Create tenant: queued", "Generate report: completed", and the link.</summary>
    public void Show(ConsoleTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var text = $"{TaskText.TypeName(task.Type)}: {task.State.ToString().ToLowerInvariant()}.";
        var severity = task.State switch
        {
            TaskState.Completed => Severity.Success,
            TaskState.Failed => Severity.Error,
            TaskState.Canceled => Severity.Warning,
            _ => Severity.Info,
        };
        snackbar.Add<TaskToastMessage>(
            new Dictionary<string, object> { [nameof(TaskToastMessage.TaskId)] = task.Id, [nameof(TaskToastMessage.Text)] = text },
            severity,
            options => options.VisibleStateDuration = 8000,
            key: $"task-{task.Id}-{task.State}");
    }
}

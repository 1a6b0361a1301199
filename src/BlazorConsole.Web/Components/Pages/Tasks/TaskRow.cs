using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Web.Components.Pages.Tasks;

/// <summary>A shown task; replaced in place when a newer copy is published.</summary>
public sealed class TaskRow(ConsoleTask task)
{
    public ConsoleTask Task { get; set; } = task;
}

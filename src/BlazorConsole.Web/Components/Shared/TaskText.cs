using System.Globalization;
using BlazorConsole.Core.Tasks;
using MudBlazor;

namespace BlazorConsole.Web.Components.Shared;

/// <summary>How tasks read in the console: type names in words, state colours, times.</summary>
public static class TaskText
{
    /// <summary>The type in words ("Create tenant"); an unknown type as it is stored.</summary>
    public static string TypeName(string type) => type switch
    {
        TaskTypes.CreateTenant => "Create tenant",
        TaskTypes.ChangeTenantActivation => "Change tenant activation",
        TaskTypes.DeleteTenant => "Delete tenant",
        TaskTypes.CreateTenantReport => "Generate report",
        _ => type,
    };

    public static Color StateColor(TaskState state) => state switch
    {
        TaskState.Completed => Color.Success,
        TaskState.Failed => Color.Error,
        TaskState.Canceled => Color.Warning,
        TaskState.Running or TaskState.Starting or TaskState.Stopping => Color.Info,
        _ => Color.Default,
    };

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The first part of the id, enough to tell tasks apart on screen.</summary>
    public static string ShortId(Guid id) => id.ToString("N", CultureInfo.InvariantCulture)[..8];

    /// <summary>The address of a task's page in the task centre.</summary>
    public static string Href(Guid id) => $"/tasks/{id}";
}

using System.Diagnostics;

namespace BlazorConsole.Web.Components.Shared;

/// <summary>The reference a user can quote to an administrator; the same value is written to the log.</summary>
public static class CorrelationId
{
    public static string Create() => Activity.Current?.Id ?? Guid.NewGuid().ToString("N");
}

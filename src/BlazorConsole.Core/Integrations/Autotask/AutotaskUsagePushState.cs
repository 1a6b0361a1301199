namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>Where one push of units stands.</summary>
public enum AutotaskUsagePushState
{
    /// <summary>Started and not finished (another push may be running, or the process stopped).</summary>
    Pending,

    /// <summary>Autotask has the units; never sent again.</summary>
    Sent,

    /// <summary>The last attempt failed; the next push or the schedule tries again.</summary>
    Failed,
}

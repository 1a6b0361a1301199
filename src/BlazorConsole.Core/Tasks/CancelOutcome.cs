namespace BlazorConsole.Core.Tasks;

/// <summary>What a cancel request did; the REST API maps these to 200, 202, 404, 405 and 409.</summary>
public enum CancelOutcome
{
    /// <summary>The task had not started and is now Canceled.</summary>
    Canceled,

    /// <summary>The task is running; it is now Stopping and will undo its steps.</summary>
    Stopping,

    NotFound,

    /// <summary>A child task is canceled only through its parent.</summary>
    ChildTask,

    /// <summary>The task already ended (Completed, Failed or Canceled).</summary>
    AlreadyFinal,

    /// <summary>The principal may only read (an Auditor).</summary>
    AccessDenied,
}

namespace BlazorConsole.Core.Tasks;

/// <summary>
/// An asynchronous operation, persisted as a row: the REST task resource and the task centre read it,
/// the task worker claims and runs it.
/// </summary>
public sealed class ConsoleTask
{
    public const int TypeMaxLength = 64;
    public const int StageMaxLength = 256;
    public const int ErrorCodeMaxLength = 128;
    public const int ErrorMessageMaxLength = 2048;
    public const int WorkerMaxLength = 128;

    public Guid Id { get; set; }

    /// <summary>One of <see cref="TaskTypes"/>.</summary>
    public required string Type { get; set; }

    public TaskState State { get; set; }

    /// <summary>What the task is doing now, in words (the current step).</summary>
    public string? Stage { get; set; }

    /// <summary>0 to 100.</summary>
    public int Progress { get; set; }

    /// <summary>The task's parameters, JSON, written once at creation.</summary>
    public string Input { get; set; } = "{}";

    /// <summary>What the done steps produced and need for their undo, JSON, saved after every step.</summary>
    public string Data { get; set; } = "{}";

    /// <summary>How many of the plan's steps are done (and must be undone on failure or cancel).</summary>
    public int StepsDone { get; set; }

    /// <summary>The result when Completed: tenant JSON, <c>true</c>, or a report id, by type.</summary>
    public string? Result { get; set; }

    /// <summary>The VIRMT/KSC code when Failed or Canceled.</summary>
    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>The tenant the task works on, if any (task centre filters, tenant scope).</summary>
    public Guid? TenantId { get; set; }

    /// <summary>Who asked for it: an account name, an API connection, or <c>system</c>.</summary>
    public string? CreatedBy { get; set; }

    /// <summary>The worker that claimed the task; null while it waits.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>
    /// Until when (UTC) the claiming worker holds the task: set at claim and renewed while the worker lives.
    /// An active task whose lease has expired was left by a host that died; another host recovers it.
    /// </summary>
    public DateTime? LeaseExpires { get; set; }

    public bool CancelRequested { get; set; }

    public DateTime Created { get; set; }

    public DateTime StateChanged { get; set; }

    public DateTime Changed { get; set; }

    /// <summary>A copy to publish to live pages, so that they never read a task the runner is changing.</summary>
    public ConsoleTask Snapshot() => (ConsoleTask)MemberwiseClone();
}

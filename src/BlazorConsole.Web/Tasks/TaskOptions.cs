using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Web.Tasks;

/// <summary>The <c>Tasks</c> section: how the task worker runs and how long ended tasks are kept.</summary>
public sealed class TaskOptions
{
    public const string SectionName = "Tasks";

    /// <summary>How many tasks this node runs at once.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How often the worker looks for tasks queued by other nodes (a local enqueue wakes it at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a claimed task stays this node's without a renewal. The worker renews the leases of its tasks
    /// every third of this; a node that dies stops renewing, and another node recovers its tasks once the
    /// lease has expired (so a crash is recovered within about this long, without a restart).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Ended tasks (Completed, Failed, Canceled) older than this many days are deleted, hourly.</summary>
    [Range(1, 3650)]
    public int HistoryDays { get; set; } = 30;
}

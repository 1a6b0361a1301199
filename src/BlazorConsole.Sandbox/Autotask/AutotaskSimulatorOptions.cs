namespace BlazorConsole.Sandbox.Autotask;

/// <summary>How an <see cref="AutotaskSimulator"/> starts and behaves.</summary>
public sealed class AutotaskSimulatorOptions
{
    /// <summary>Requests allowed per database in <see cref="ThresholdTimeframe"/> (Autotask: 10,000 per hour).</summary>
    public int RequestThreshold { get; set; } = 10_000;

    /// <summary>The rolling window of the threshold.</summary>
    public TimeSpan ThresholdTimeframe { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>Extra latency of each call once the database used half its threshold (Autotask slows on purpose; default none).</summary>
    public TimeSpan DelayFromHalf { get; set; } = TimeSpan.Zero;

    /// <summary>Extra latency once three quarters are used (default none).</summary>
    public TimeSpan DelayFromThreeQuarters { get; set; } = TimeSpan.Zero;

    /// <summary><c>Retry-After</c> of the 429 sent at the threshold: null sends none; 0 sends the seconds until the oldest request leaves the window.</summary>
    public int? ThresholdRetryAfterSeconds { get; set; }

    /// <summary>Simultaneous requests allowed per (integration code, entity); more get the thread-limit error.</summary>
    public int MaxThreadsPerEndpoint { get; set; } = 3;

    /// <summary>When true, a ticket created without <c>dueDateTime</c> is refused (the category has no default due date).</summary>
    public bool RequireDueDateTime { get; set; }

    /// <summary>When true, a ticket created without <c>queueID</c> is refused.</summary>
    public bool RequireQueueId { get; set; }

    /// <summary>When true, a ticket note without a title is refused (category setting "Require titles on ticket notes").</summary>
    public bool RequireNoteTitle { get; set; }

    /// <summary>The zones; null uses <see cref="AutotaskSandboxUsers.Zones"/>.</summary>
    public IReadOnlyList<AutotaskSimulatedZone>? Zones { get; set; }

    /// <summary>The API users; null uses <see cref="AutotaskSandboxUsers.Users"/>.</summary>
    public IReadOnlyList<AutotaskSimulatedUser>? Users { get; set; }

    /// <summary>Clock of stamps, the threshold window, the call log and injected delays.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}

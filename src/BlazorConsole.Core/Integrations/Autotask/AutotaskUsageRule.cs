namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>How the protected days of a tenant's VMs in a month become billable units.</summary>
public enum AutotaskUsageRule
{
    /// <summary>One unit per VM protected on at least one day of the month.</summary>
    ProtectedAnyDay,

    /// <summary>One unit per VM protected on at least <see cref="AutotaskIntegration.MinimumDays"/> days.</summary>
    ProtectedMinimumDays,

    /// <summary>Protected VM-days divided by the days of the month, rounded up.</summary>
    ProratedByDays,
}

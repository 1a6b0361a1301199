namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>Turns per-VM protected days (counted by the database) into billable units under an integration's rule.</summary>
public static class AutotaskUsageCalculator
{
    public static TenantUsage Calculate(AutotaskUsageRule rule, int minimumDays, int daysInMonth, IEnumerable<VmProtectedDays> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentOutOfRangeException.ThrowIfLessThan(daysInMonth, 1);
        var vms = days
            .Where(vm => vm.Days > 0)
            .OrderBy(vm => vm.VmName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(vm => vm.BiosId)
            .Select(vm => new VmUsage(vm.BiosId, vm.VmName, Math.Min(vm.Days, daysInMonth), rule != AutotaskUsageRule.ProtectedMinimumDays || vm.Days >= minimumDays))
            .ToList();
        var units = rule switch
        {
            AutotaskUsageRule.ProratedByDays => (vms.Sum(vm => vm.Days) + daysInMonth - 1) / daysInMonth,
            _ => vms.Count(vm => vm.Counted),
        };
        return new TenantUsage(units, vms);
    }

    /// <summary>A sentence explaining the rule, for the page.</summary>
    public static string Describe(AutotaskUsageRule rule, int minimumDays) => rule switch
    {
        AutotaskUsageRule.ProtectedMinimumDays => $"One unit per VM protected on at least {minimumDays} days of the month.",
        AutotaskUsageRule.ProratedByDays => "Protected VM-days divided by the days of the month, rounded up.",
        _ => "One unit per VM protected on at least one day of the month.",
    };
}

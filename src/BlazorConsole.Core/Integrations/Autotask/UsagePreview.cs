namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>A dry run of one month: one line per mapped tenant, nothing sent.</summary>
/// <param name="Until">The end of the days counted: the month's end, or now for the current month.</param>
public sealed record UsagePreview(UsageMonth Month, DateTime Until, AutotaskUsageRule Rule, int MinimumDays, IReadOnlyList<UsageLine> Lines)
{
    public string RuleText => AutotaskUsageCalculator.Describe(Rule, MinimumDays);
}

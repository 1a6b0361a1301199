namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The VMs and protection periods behind one tenant's figure for one month.</summary>
public sealed record UsageTrace(Guid TenantId, string TenantName, UsageMonth Month, string RuleText, TenantUsage Usage, IReadOnlyList<UsagePeriod> Periods);

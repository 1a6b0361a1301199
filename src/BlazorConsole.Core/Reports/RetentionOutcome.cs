namespace BlazorConsole.Core.Reports;

/// <summary>What one retention pass deleted.</summary>
public sealed record RetentionOutcome(int PeriodsDeleted, int ReportsDeleted);

namespace BlazorConsole.Core.Reports;

/// <summary>The rows of a report: periods overlapping [<see cref="Range"/>), of one tenant's VMs or of every VM.</summary>
public sealed record ReportQuery(Guid? TenantId, ReportRange Range);

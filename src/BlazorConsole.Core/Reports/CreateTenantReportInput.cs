namespace BlazorConsole.Core.Reports;

/// <summary>The CreateTenantReport task's input, as the request gave it (the range is resolved when the task runs).</summary>
public sealed record CreateTenantReportInput(Guid? TenantId, DateTime? From, DateTime? To);

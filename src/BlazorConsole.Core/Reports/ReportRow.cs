namespace BlazorConsole.Core.Reports;

/// <summary>
/// One protection period as stored, with the tenant of its VM (both tenant fields null for a VM of no
/// tenant). The writer clips <see cref="Start"/> and <see cref="End"/> to the reporting range.
/// </summary>
public readonly record struct ReportRow(Guid? TenantId, string? TenantName, Guid BiosId, string? VmName, DateTime Start, DateTime? End);

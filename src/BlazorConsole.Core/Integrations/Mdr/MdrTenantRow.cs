namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// One MDR tenant the connection sees, its console tenant when mapped, and that tenant's Autotask company when the
/// integration maps it (no company: incidents of the tenant wait as <see cref="MdrIncidentSyncState.Unmapped"/>).
/// </summary>
public sealed record MdrTenantRow(string MdrTenantName, Guid? TenantId, string? TenantName, long? CompanyId, string? CompanyName);

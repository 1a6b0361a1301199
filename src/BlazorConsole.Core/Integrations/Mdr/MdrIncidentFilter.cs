namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>A page of synced incidents, newest update first; <paramref name="Search"/> matches the incident id, summary or MDR tenant.</summary>
public sealed record MdrIncidentFilter(MdrIncidentSyncState? State = null, string? Search = null, int Page = 1, int PageSize = 25);

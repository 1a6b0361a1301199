namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>An MDR incident as listed (times are MDR's, epoch milliseconds on the wire).</summary>
public sealed record MdrIncident(
    string IncidentId,
    DateTimeOffset CreationTime,
    DateTimeOffset UpdateTime,
    string Summary,
    string? Description,
    MdrPriority Priority,
    MdrIncidentStatus Status,
    string? Resolution,
    string TenantName,
    IReadOnlyList<string> AffectedHosts);

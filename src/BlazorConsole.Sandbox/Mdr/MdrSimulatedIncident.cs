namespace BlazorConsole.Sandbox.Mdr;

/// <summary>An incident as the simulator holds it (times UTC, sent as epoch milliseconds).</summary>
public sealed record MdrSimulatedIncident(
    string IncidentId,
    DateTimeOffset CreationTime,
    DateTimeOffset UpdateTime,
    string Summary,
    string? Description,
    MdrSimulatedPriority Priority,
    MdrSimulatedStatus Status,
    string? Resolution,
    string TenantName,
    IReadOnlyList<string> AffectedHosts);

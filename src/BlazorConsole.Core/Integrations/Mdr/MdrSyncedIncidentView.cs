namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>One synced incident as the incidents page lists it.</summary>
public sealed record MdrSyncedIncidentView(
    Guid Id,
    string IncidentId,
    string MdrTenantName,
    string? TenantName,
    string Summary,
    MdrPriority Priority,
    MdrIncidentStatus Status,
    MdrIncidentSyncState State,
    long? TicketId,
    string? TicketNumber,
    long? CompanyId,
    DateTimeOffset IncidentUpdated,
    DateTimeOffset FirstSeen,
    DateTimeOffset? DueAt,
    int Attempts,
    string? LastError,
    int NotesSent,
    int NotesPending);

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// The console's record of one MDR incident and its Autotask ticket: unique per (connection, incident), so a
/// duplicate poll or a restart finds it instead of making a second ticket. <see cref="TicketCreateStarted"/> is set
/// before the ticket is sent: when it is set without <see cref="TicketId"/>, Autotask may hold the ticket already and
/// is searched by external id before creating again.
/// </summary>
public sealed class MdrSyncedIncident
{
    public const int SummaryMaxLength = 512;
    public const int ErrorMaxLength = 1024;

    public Guid Id { get; set; }

    public Guid ConnectionId { get; set; }

    public required string IncidentId { get; set; }

    public required string MdrTenantName { get; set; }

    public required string Summary { get; set; }

    public MdrPriority Priority { get; set; }

    public MdrIncidentStatus Status { get; set; }

    public DateTimeOffset IncidentCreated { get; set; }

    public DateTimeOffset IncidentUpdated { get; set; }

    public DateTimeOffset FirstSeen { get; set; }

    public MdrIncidentSyncState State { get; set; }

    /// <summary>When the ticket may be created (first seen plus the rule's delay) or the next retry is due.</summary>
    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset? TicketCreateStarted { get; set; }

    public long? TicketId { get; set; }

    public string? TicketNumber { get; set; }

    public long? CompanyId { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? LastAttempt { get; set; }
}

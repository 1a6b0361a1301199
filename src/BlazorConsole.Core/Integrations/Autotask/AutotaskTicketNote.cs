namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>A note of a ticket as read back (plain text).</summary>
/// <param name="Publish">Picklist id: who sees the note (1 all Autotask users, 2 internal, per tenant).</param>
public sealed record AutotaskTicketNote(
    long Id,
    long TicketId,
    string? Title,
    string Description,
    int NoteType,
    int Publish,
    DateTimeOffset? CreateDateTime);

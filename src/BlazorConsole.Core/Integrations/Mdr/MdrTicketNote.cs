namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// One incident change to copy to the ticket as a note: a comment, a response or a status change. Unique per
/// (incident record, source id) so a change seen twice yields one note; <see cref="NoteId"/> stays null until Autotask
/// took it, and a note whose sending started (<see cref="SendStarted"/>) is looked up by its title marker before it is
/// sent again.
/// </summary>
public sealed class MdrTicketNote
{
    public const int SourceIdMaxLength = 160;

    public Guid Id { get; set; }

    public Guid SyncedIncidentId { get; set; }

    /// <summary><c>comment:{id}</c>, <c>response:{id}:{status}</c> or <c>status:{status}:{update ms}</c>.</summary>
    public required string SourceId { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset SourceTime { get; set; }

    public DateTimeOffset? SendStarted { get; set; }

    public long? NoteId { get; set; }
}

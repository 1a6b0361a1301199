using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// Keeps the synced incidents (unique per connection and incident id) and their ticket notes (unique per incident record
/// and source id), so that a duplicate poll or a restart finds what was recorded instead of repeating it.
/// </summary>
public interface IMdrIncidentStore
{
    Task<MdrSyncedIncident?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<MdrSyncedIncident?> FindAsync(Guid connectionId, string incidentId, CancellationToken cancellationToken);

    /// <summary>Adds the record; false when the connection already has one for the incident.</summary>
    Task<bool> AddAsync(MdrSyncedIncident incident, CancellationToken cancellationToken);

    /// <summary>Replaces the saved record; false when it no longer exists.</summary>
    Task<bool> UpdateAsync(MdrSyncedIncident incident, CancellationToken cancellationToken);

    /// <summary>
    /// Records whose work is due at <paramref name="now"/> (state Pending, Ticketed, Completed or Failed with a due time
    /// not after now), the oldest due first.
    /// </summary>
    Task<IReadOnlyList<MdrSyncedIncident>> ListDueAsync(Guid connectionId, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Records of one state, oldest first.</summary>
    Task<IReadOnlyList<MdrSyncedIncident>> ListByStateAsync(Guid connectionId, MdrIncidentSyncState state, int max, CancellationToken cancellationToken);

    /// <summary>Makes Failed records (or one record when <paramref name="id"/> is given, Failed or Unmapped) due at <paramref name="now"/>; how many.</summary>
    Task<int> MakeDueAsync(Guid connectionId, Guid? id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Turns the Unmapped records of an MDR tenant into Pending records due at <paramref name="now"/>; how many.</summary>
    Task<int> MakeUnmappedDueAsync(Guid connectionId, string mdrTenantName, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Turns Skipped records of the given severities into Pending records due at <paramref name="now"/> (the ticket
    /// stage applies the rules again); with <paramref name="openOnly"/> only those last seen Open or On hold; how many.
    /// </summary>
    Task<int> MakeSkippedDueAsync(Guid connectionId, IReadOnlyCollection<MdrPriority> priorities, bool openOnly, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The distinct MDR tenant names of the connection's records.</summary>
    Task<IReadOnlyList<string>> ListTenantNamesAsync(Guid connectionId, CancellationToken cancellationToken);

    /// <summary>A page of records for the incidents page, newest update first, with the console tenant and note counts.</summary>
    Task<Page<MdrSyncedIncidentView>> ListAsync(Guid connectionId, MdrIncidentFilter filter, CancellationToken cancellationToken);

    /// <summary>Adds a note; false when the record already has one from the same source.</summary>
    Task<bool> AddNoteAsync(MdrTicketNote note, CancellationToken cancellationToken);

    /// <summary>The record's notes not yet taken by Autotask, oldest source first.</summary>
    Task<IReadOnlyList<MdrTicketNote>> ListPendingNotesAsync(Guid syncedIncidentId, CancellationToken cancellationToken);

    /// <summary>The source ids of the record's notes.</summary>
    Task<IReadOnlySet<string>> ListNoteSourcesAsync(Guid syncedIncidentId, CancellationToken cancellationToken);

    /// <summary>Saves a note's <see cref="MdrTicketNote.SendStarted"/> and <see cref="MdrTicketNote.NoteId"/>.</summary>
    Task<bool> UpdateNoteAsync(MdrTicketNote note, CancellationToken cancellationToken);
}

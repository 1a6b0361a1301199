namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// A durable local record of token pairs received but perhaps not yet stored (decision 0014). An entry must be on disk
/// before <see cref="AppendAsync"/> returns: it is the only copy of the new refresh token until the store has it.
/// </summary>
public interface IMdrTokenJournal
{
    /// <summary>Writes the entry durably (replacing one with the same connection and base version).</summary>
    Task AppendAsync(MdrTokenJournalEntry entry, CancellationToken cancellationToken);

    /// <summary>The pair received to replace <paramref name="baseVersion"/> of the connection's tokens; null when none.</summary>
    Task<MdrTokenJournalEntry?> FindAsync(Guid connectionId, long baseVersion, CancellationToken cancellationToken);

    /// <summary>Removes the entry once the store has the pair (no error when absent).</summary>
    Task RemoveAsync(Guid connectionId, long baseVersion, CancellationToken cancellationToken);

    /// <summary>Removes every entry of a deleted connection.</summary>
    Task RemoveAllAsync(Guid connectionId, CancellationToken cancellationToken);
}

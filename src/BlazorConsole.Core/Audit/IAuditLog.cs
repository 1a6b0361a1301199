namespace BlazorConsole.Core.Audit;

/// <summary>The stored, hash-chained audit log.</summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends the entry at the end of the chain: assigns its sequence, previous hash and hash under a lock or
    /// transaction that makes concurrent writers line up, and stores it.
    /// </summary>
    Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task<Core.Common.Page<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Every entry that matches the query's filters (paging ignored), newest first, streamed.</summary>
    IAsyncEnumerable<AuditEntry> StreamAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Every stored entry in chain order (ascending sequence), streamed.</summary>
    IAsyncEnumerable<AuditEntry> StreamChainAsync(CancellationToken cancellationToken);

    Task<AuditAnchor> ReadAnchorAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Removes the entries older than <paramref name="before"/> and moves the anchor to the oldest kept one (or past the
    /// last one when none is kept), in one transaction; returns how many were removed.
    /// </summary>
    Task<int> RemoveBeforeAsync(DateTime before, CancellationToken cancellationToken);
}

namespace BlazorConsole.Data.Audit;

/// <summary>
/// The one row that heads the audit chain: writers lock it (PostgreSQL <c>FOR UPDATE</c>; SQLite has one writer)
/// so appends line up; it also keeps the retention anchor and the last entry's sequence and hash.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long FirstSequence { get; set; } = 1;

    public string FirstPreviousHash { get; set; } = "";

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = "";
}

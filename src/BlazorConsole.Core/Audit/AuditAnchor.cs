namespace BlazorConsole.Core.Audit;

/// <summary>
/// The head of the chain: the oldest kept entry's sequence and previous hash (moved by retention), and the last
/// entry's sequence and hash (so a removed newest entry is noticed too).
/// </summary>
public sealed record AuditAnchor(long FirstSequence, string FirstPreviousHash, long LastSequence, string LastHash);

namespace BlazorConsole.Core.Audit;

/// <summary>The outcome of checking the chain: intact with its number of entries, or the first broken entry and why.</summary>
public sealed record AuditVerification(bool IsIntact, long Count, long? BrokenSequence, string Message)
{
    public static AuditVerification Intact(long count) =>
        new(true, count, null, $"The audit log is intact ({count} entries).");

    public static AuditVerification Broken(long count, long sequence, string reason) =>
        new(false, count, sequence, $"The audit log is broken at entry #{sequence}: {reason}");
}

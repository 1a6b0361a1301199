using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Audit;

/// <summary>The audit use cases: record a change as the current actor, list, export, verify the chain, apply retention.</summary>
public sealed class AuditService(IAuditLog log, IAuditContext context, TimeProvider time)
{
    /// <summary>Records a change made by the current actor (<see cref="IAuditContext"/>).</summary>
    public Task<AuditEntry> RecordAsync(string action, AuditTarget target, object? summary, CancellationToken cancellationToken) =>
        RecordAsync(context.Current, action, target, summary, cancellationToken);

    /// <summary>Records a change made by <paramref name="actor"/>; the summary is serialized to short JSON.</summary>
    public Task<AuditEntry> RecordAsync(Actor actor, string action, AuditTarget target, object? summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(target);
        var entry = new AuditEntry
        {
            Time = AuditChain.Normalize(time.GetUtcNow()),
            ActorKind = actor.Kind,
            ActorName = Cut(actor.Name, AuditEntry.ActorNameMaxLength) ?? "",
            Channel = Cut(actor.Channel, AuditEntry.ChannelMaxLength) ?? (actor.Kind == ActorKind.System ? AuditChannels.System : AuditChannels.Ui),
            Address = Cut(actor.Address, AuditEntry.AddressMaxLength),
            CorrelationId = Cut(actor.CorrelationId, AuditEntry.CorrelationIdMaxLength),
            Action = Cut(action, AuditEntry.ActionMaxLength) ?? "",
            TargetType = Cut(target.Type, AuditEntry.TargetTypeMaxLength) ?? "",
            TargetId = Cut(target.Id, AuditEntry.TargetIdMaxLength),
            TargetName = Cut(target.Name, AuditEntry.TargetNameMaxLength),
            Summary = AuditSummary.ToJson(summary),
        };
        return log.AppendAsync(entry, cancellationToken);
    }

    public Task<Page<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken) =>
        log.ListAsync(query, cancellationToken);

    public IAsyncEnumerable<AuditEntry> StreamAsync(AuditQuery query, CancellationToken cancellationToken) =>
        log.StreamAsync(query, cancellationToken);

    /// <summary>Walks the chain from the anchor and names the first entry that is missing, moved or altered.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var anchor = await log.ReadAnchorAsync(cancellationToken);
        var expectedSequence = anchor.FirstSequence;
        var previousHash = anchor.FirstPreviousHash;
        long count = 0;
        await foreach (var entry in log.StreamChainAsync(cancellationToken))
        {
            if (entry.Sequence < expectedSequence)
            {
                return AuditVerification.Broken(count, entry.Sequence, $"it lies before the chain's anchor (#{anchor.FirstSequence}).");
            }

            if (entry.Sequence > expectedSequence)
            {
                return AuditVerification.Broken(count, expectedSequence, $"it is missing (the next stored entry is #{entry.Sequence}).");
            }

            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(count, entry.Sequence, "its link to the previous entry does not match.");
            }

            if (!string.Equals(entry.Hash, AuditChain.ComputeHash(previousHash, entry), StringComparison.Ordinal))
            {
                return AuditVerification.Broken(count, entry.Sequence, "its content was changed after it was recorded.");
            }

            previousHash = entry.Hash;
            expectedSequence++;
            count++;
        }

        if (expectedSequence <= anchor.LastSequence)
        {
            return AuditVerification.Broken(count, expectedSequence, $"it is missing (the chain ends at #{anchor.LastSequence}).");
        }

        if (count > 0 && !string.Equals(previousHash, anchor.LastHash, StringComparison.Ordinal))
        {
            return AuditVerification.Broken(count, expectedSequence - 1, "it does not match the chain's recorded head.");
        }

        return AuditVerification.Intact(count);
    }

    /// <summary>
    /// Removes entries older than <paramref name="retentionDays"/> days and records a retention checkpoint (as the
    /// system) naming how many went and where the chain now starts; nothing is recorded when nothing is removed.
    /// </summary>
    public async Task<int> ApplyRetentionAsync(int retentionDays, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retentionDays, 1);
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-retentionDays);
        var removed = await log.RemoveBeforeAsync(cutoff, cancellationToken);
        if (removed > 0)
        {
            var anchor = await log.ReadAnchorAsync(cancellationToken);
            await RecordAsync(
                AuditActor.System,
                AuditActions.Retention,
                new AuditTarget("AuditLog", null, "Audit log"),
                new { removed, before = cutoff, anchorSequence = anchor.FirstSequence, anchorHash = anchor.FirstPreviousHash },
                cancellationToken);
        }

        return removed;
    }

    private static string? Cut(string? text, int max) =>
        text is null ? null : text.Length <= max ? text : text[..max];
}

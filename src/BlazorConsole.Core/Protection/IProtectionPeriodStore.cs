namespace BlazorConsole.Core.Protection;

/// <summary>The protection periods sent by the SVMs.</summary>
public interface IProtectionPeriodStore
{
    /// <summary>
    /// Upserts a validated batch in one transaction, idempotent on (BIOS ID, start): a new key is inserted,
    /// an open period given an end is closed, anything else is left unchanged.
    /// </summary>
    Task<IngestionSummary> UpsertAsync(string? svmId, IReadOnlyList<IncomingPeriod> periods, CancellationToken cancellationToken);

    /// <summary>The earliest start of any stored period, or null when there is none.</summary>
    Task<DateTime?> EarliestStartAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the periods that ended before <paramref name="endedBefore"/> (open periods stay); returns how many.</summary>
    Task<int> PurgeEndedBeforeAsync(DateTime endedBefore, CancellationToken cancellationToken);
}

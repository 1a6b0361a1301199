using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Protection;

namespace BlazorConsole.Web.Audit;

/// <summary>Records one entry per stored batch of protection periods, with its counts; reads and purges pass through.</summary>
internal sealed class AuditedProtectionPeriodStore(IProtectionPeriodStore inner, AuditService audit) : IProtectionPeriodStore
{
    public async Task<IngestionSummary> UpsertAsync(string? svmId, IReadOnlyList<IncomingPeriod> periods, CancellationToken cancellationToken)
    {
        var summary = await inner.UpsertAsync(svmId, periods, cancellationToken);
        await audit.RecordAsync(
            AuditActions.ProtectionPeriodsReceived,
            new AuditTarget("ProtectionPeriods", svmId, svmId is null ? null : $"SVM {svmId}"),
            new { received = summary.Received, inserted = summary.Inserted, closed = summary.Closed, unchanged = summary.Unchanged },
            cancellationToken);
        return summary;
    }

    public Task<DateTime?> EarliestStartAsync(CancellationToken cancellationToken) => inner.EarliestStartAsync(cancellationToken);

    public Task<int> PurgeEndedBeforeAsync(DateTime endedBefore, CancellationToken cancellationToken) =>
        inner.PurgeEndedBeforeAsync(endedBefore, cancellationToken);
}

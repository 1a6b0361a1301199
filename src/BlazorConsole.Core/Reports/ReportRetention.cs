using BlazorConsole.Core.Protection;

namespace BlazorConsole.Core.Reports;

/// <summary>
/// Purges protection periods that ended more than <c>ProtectionPeriodsRecordsLifetimeDays</c> ago (open
/// periods are kept) and expired reports (the row, then the file).
/// </summary>
public sealed class ReportRetention(
    IProtectionPeriodStore periods,
    IProtectionReportStore reports,
    IReportFileStore files,
    IMultitenancySettings settings,
    TimeProvider time)
{
    private const int ReportBatch = 500;

    public async Task<RetentionOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var periodsDeleted = await periods.PurgeEndedBeforeAsync(now.AddDays(-settings.Current.ProtectionPeriodsRecordsLifetimeDays), cancellationToken);
        var reportsDeleted = 0;
        while (true)
        {
            var expired = await reports.ListExpiredAsync(now, ReportBatch, cancellationToken);
            foreach (var id in expired)
            {
                if (await reports.DeleteAsync(id, cancellationToken))
                {
                    reportsDeleted++;
                }

                files.Delete(id);
            }

            if (expired.Count < ReportBatch)
            {
                return new RetentionOutcome(periodsDeleted, reportsDeleted);
            }
        }
    }
}

using BlazorConsole.Core.Reports;

namespace BlazorConsole.Web.Reports;

/// <summary>Runs <see cref="ReportRetention"/> at start-up and then every hour (time from <see cref="TimeProvider"/>).</summary>
internal sealed partial class ReportRetentionWorker(ReportRetention retention, TimeProvider time, ILogger<ReportRetentionWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>How many passes ended, successfully or not (lets tests wait for a pass without sleeping).</summary>
    public int Passes => Volatile.Read(ref _passes);

    private int _passes;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var outcome = await retention.RunAsync(stoppingToken);
                if (outcome.PeriodsDeleted > 0 || outcome.ReportsDeleted > 0)
                {
                    LogPurged(outcome.PeriodsDeleted, outcome.ReportsDeleted);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }

            Interlocked.Increment(ref _passes);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Periods} protection periods and {Reports} expired reports")]
    private partial void LogPurged(int periods, int reports);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention of protection periods and reports failed; it runs again in an hour")]
    private partial void LogFailed(Exception exception);
}

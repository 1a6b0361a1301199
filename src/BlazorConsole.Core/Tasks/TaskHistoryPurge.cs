using Microsoft.Extensions.Logging;

namespace BlazorConsole.Core.Tasks;

/// <summary>Deletes ended tasks older than the history period, at most once per <see cref="Interval"/>.</summary>
public sealed partial class TaskHistoryPurge(ITaskStore store, TimeProvider time, ILogger<TaskHistoryPurge> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private DateTimeOffset? _lastRun;

    /// <summary>Purges when due (the first call, then hourly); returns how many tasks were deleted.</summary>
    public async Task<int> PurgeIfDueAsync(TimeSpan keep, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_lastRun is { } last && now - last < Interval)
        {
            return 0;
        }

        _lastRun = now;
        var purged = await store.PurgeAsync((now - keep).UtcDateTime, cancellationToken);
        if (purged > 0)
        {
            LogPurged(purged, keep.TotalDays);
        }

        return purged;
    }

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Deleted {Count} ended tasks older than {Days} days")]
    private partial void LogPurged(int count, double days);
}

using BlazorConsole.Core.Audit;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Audit;

/// <summary>Applies <see cref="AuditOptions.RetentionDays"/> at start-up and then every <see cref="Interval"/>.</summary>
internal sealed partial class AuditRetentionWorker(
    AuditService audit,
    IOptionsMonitor<AuditOptions> options,
    TimeProvider time,
    ILogger<AuditRetentionWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var removed = await audit.ApplyRetentionAsync(options.CurrentValue.RetentionDays, stoppingToken);
                if (removed > 0)
                {
                    LogRemoved(removed, options.CurrentValue.RetentionDays);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }

            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Removed {Count} audit entries older than {Days} days")]
    private partial void LogRemoved(int count, int days);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Error, Message = "Applying the audit retention failed")]
    private partial void LogFailed(Exception exception);
}

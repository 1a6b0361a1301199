using BlazorConsole.Core.Integrations.Autotask;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Integrations;

/// <summary>
/// Runs the monthly usage schedule (<see cref="AutotaskUsageSchedule"/>) every <see cref="IntegrationOptions.UsageScheduleInterval"/>
/// once the console has started: last month is pushed for integrations that ask for it, failed pushes are retried.
/// </summary>
internal sealed partial class AutotaskUsageWorker(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    IOptions<IntegrationOptions> options,
    TimeProvider time,
    ILogger<AutotaskUsageWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // resolved only after start-up, so the Autotask client sees the sandbox's address when the sandbox is on
        await WaitForStartAsync(stoppingToken);
        var schedule = services.GetRequiredService<AutotaskUsageSchedule>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await schedule.RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRunFailed(logger, exception);
            }

            try
            {
                await Task.Delay(options.Value.UsageScheduleInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        await started.Task;
    }

    [LoggerMessage(EventId = 7100, Level = LogLevel.Error, Message = "The Autotask usage schedule failed; it runs again at the next interval")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}

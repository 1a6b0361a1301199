using Microsoft.Extensions.Logging;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// The monthly schedule: once a month has ended, pushes it for every validated integration that asks for it. Run it
/// often (hourly): a month already sent costs no Autotask call, and failed pushes are tried again on the next run.
/// </summary>
public sealed partial class AutotaskUsageSchedule(
    AutotaskIntegrationService integrations,
    AutotaskUsageService usage,
    TimeProvider time,
    ILogger<AutotaskUsageSchedule> logger)
{
    /// <summary>The actor recorded on scheduled pushes.</summary>
    public const string Actor = "schedule";

    /// <summary>Pushes the month before now for each integration with <see cref="AutotaskIntegration.MonthlyPush"/>; the outcomes by integration.</summary>
    public async Task<IReadOnlyDictionary<Guid, UsagePushOutcome>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var month = UsageMonth.Of(time.GetUtcNow()).Previous();
        var outcomes = new Dictionary<Guid, UsagePushOutcome>();
        foreach (var integration in await integrations.ListAsync(cancellationToken))
        {
            if (!integration.Settings.MonthlyPush || integration.Status != AutotaskIntegrationStatus.Validated || integration.Settings.BillingServiceId is null)
            {
                continue;
            }

            var result = await usage.PushAsync(integration.Id, month, Actor, cancellationToken);
            if (!result.IsSuccess)
            {
                LogPushRefused(logger, integration.Id, month.ToString(), result.Error.Code);
                continue;
            }

            outcomes[integration.Id] = result.Value;
            if (!result.Value.NothingToDo)
            {
                LogPushed(logger, integration.Id, month.ToString(), result.Value.Sent.Count, result.Value.Failed.Count);
            }
        }

        return outcomes;
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Scheduled usage push of integration {IntegrationId} for {Month} failed: {Code}")]
    private static partial void LogPushRefused(ILogger logger, Guid integrationId, string month, string code);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Scheduled usage push of integration {IntegrationId} for {Month}: {Sent} sent, {Failed} failed (retried next run)")]
    private static partial void LogPushed(ILogger logger, Guid integrationId, string month, int sent, int failed);
}

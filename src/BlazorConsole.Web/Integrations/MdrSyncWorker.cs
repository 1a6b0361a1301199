using BlazorConsole.Core.Integrations.Mdr;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Integrations;

/// <summary>
/// Runs a synchronisation pass (<see cref="MdrSyncEngine"/>) for every enabled MDR connection each
/// <see cref="MdrSyncOptions.PollSeconds"/> once the console has started. A failing connection does not stop the others;
/// a connection whose refresh token MDR refused waits for an administrator. Logs never carry tokens.
/// </summary>
internal sealed partial class MdrSyncWorker(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    IOptions<MdrSyncOptions> options,
    TimeProvider time,
    ILogger<MdrSyncWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // resolved only after start-up, so the MDR client sees the sandbox's address when the sandbox is on
        await WaitForStartAsync(stoppingToken);
        var connections = services.GetRequiredService<IMdrConnectionStore>();
        var engine = services.GetRequiredService<MdrSyncEngine>();
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(connections, engine, stoppingToken);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over every enabled connection, each isolated from the others' failures.</summary>
    internal async Task RunOnceAsync(IMdrConnectionStore connections, MdrSyncEngine engine, CancellationToken stoppingToken)
    {
        IReadOnlyList<MdrConnection> all;
        try
        {
            all = await connections.ListAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogListFailed(logger, exception);
            return;
        }

        foreach (var connection in all.Where(c => c.SyncEnabled && c.Status != MdrConnectionStatus.RefreshTokenRejected))
        {
            try
            {
                var outcome = await engine.RunAsync(connection.Id, stoppingToken);
                if (outcome.IsSuccess)
                {
                    var o = outcome.Value;
                    LogPass(logger, connection.Id, o.IncidentsRead, o.TicketsCreated, o.NotesAdded, o.TicketsCompleted, o.Failures);
                }
                else
                {
                    LogPassRefused(logger, connection.Id, outcome.Error.Code, outcome.Error.Message);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // the exception text comes from the database or the HTTP stack, never from a token
                LogPassFailed(logger, connection.Id, exception);
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

    [LoggerMessage(EventId = 7200, Level = LogLevel.Information, Message = "MDR connection {ConnectionId}: {Read} incidents read, {Tickets} tickets created, {Notes} notes added, {Completed} tickets completed, {Failures} failures")]
    private static partial void LogPass(ILogger logger, Guid connectionId, int read, int tickets, int notes, int completed, int failures);

    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning, Message = "MDR connection {ConnectionId} was not synchronised: {Code} {Reason}")]
    private static partial void LogPassRefused(ILogger logger, Guid connectionId, string code, string reason);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Error, Message = "The synchronisation of MDR connection {ConnectionId} failed; it runs again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, Guid connectionId, Exception exception);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Error, Message = "The MDR connections could not be listed; the synchronisation runs again at the next interval")]
    private static partial void LogListFailed(ILogger logger, Exception exception);
}

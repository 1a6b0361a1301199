using System.Collections.Concurrent;
using BlazorConsole.Core.Tasks;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Tasks;

/// <summary>
/// Runs the persisted tasks. At start it recovers the tasks a stopped host left Starting, Running or
/// Stopping; then it claims Queued tasks (up to <see cref="TaskOptions.MaxConcurrency"/> at once) and runs
/// them, waking on a local enqueue or every poll interval, and purges old history hourly. On host
/// shutdown the running tasks' tokens are canceled through the linked token and their rows are left
/// for the next start to recover (a shutdown is never recorded as a user's cancel).
/// </summary>
internal sealed partial class TaskWorker(
    ITaskStore store,
    TaskRunner runner,
    TaskSignal signal,
    TaskHistoryPurge purge,
    TaskWorkerHealth health,
    IOptions<TaskOptions> options,
    TimeProvider time,
    ILogger<TaskWorker> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Task> _running = new();

    /// <summary>Machine name, process id and a GUID: unique per host, even for two hosts in one process.</summary>
    public string WorkerId { get; } = CreateWorkerId();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        LogStarted(WorkerId, settings.MaxConcurrency);
        try
        {
            await RecoverAsync(settings.PollInterval, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await PassAsync(settings, stoppingToken);
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host shutdown
        }
        finally
        {
            // the running tasks saw the stopping token and return at once, leaving their rows for recovery
            await Task.WhenAll(_running.Values);
            LogStopped(WorkerId);
        }
    }

    private async Task RecoverAsync(TimeSpan retryAfter, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                foreach (var task in await store.ListActiveAsync(stoppingToken))
                {
                    await runner.RecoverAsync(task, stoppingToken);
                }

                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRecoveryFailed(ex);
                await Task.Delay(retryAfter, time, stoppingToken);
            }
        }
    }

    private async Task PassAsync(TaskOptions settings, CancellationToken stoppingToken)
    {
        try
        {
            await purge.PurgeIfDueAsync(TimeSpan.FromDays(settings.HistoryDays), stoppingToken);
            await ClaimAndStartAsync(settings.MaxConcurrency, stoppingToken);
            health.Tick();
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // a database hiccup: try again at the next pass; the health check turns Unhealthy if it lasts
            LogPassFailed(ex);
        }
    }

    private async Task ClaimAndStartAsync(int maxConcurrency, CancellationToken stoppingToken)
    {
        var free = maxConcurrency - _running.Count;
        if (free <= 0)
        {
            return;
        }

        foreach (var id in await store.ListQueuedAsync(free, stoppingToken))
        {
            if (_running.Count >= maxConcurrency)
            {
                return;
            }

            if (await store.TryClaimAsync(id, WorkerId, time.GetUtcNow().UtcDateTime, stoppingToken)
                && await store.GetAsync(id, stoppingToken) is { } task)
            {
                Start(task, stoppingToken);
            }
        }
    }

    private void Start(ConsoleTask task, CancellationToken stoppingToken)
    {
        // registered before it starts, so that it cannot end before it is tracked
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _running[task.Id] = ended.Task;
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await runner.RunAsync(task, stoppingToken);
                }
                catch (Exception ex)
                {
                    // the row stays as it is and is recovered at the next start
                    LogRunFailed(ex, task.Id, task.Type);
                }
                finally
                {
                    _running.TryRemove(task.Id, out _);
                    ended.SetResult();
                    signal.Notify();
                }
            },
            CancellationToken.None);
    }

    private static string CreateWorkerId()
    {
        var id = $"{Environment.MachineName}:{Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{Guid.NewGuid():N}";
        return id.Length <= ConsoleTask.WorkerMaxLength ? id : id[^ConsoleTask.WorkerMaxLength..];
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Task worker {WorkerId} started, running up to {MaxConcurrency} tasks at once")]
    private partial void LogStarted(string workerId, int maxConcurrency);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Task worker {WorkerId} stopped")]
    private partial void LogStopped(string workerId);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Recovering the interrupted tasks failed; trying again")]
    private partial void LogRecoveryFailed(Exception exception);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "A pass of the task worker failed; trying again at the next poll")]
    private partial void LogPassFailed(Exception exception);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Error, Message = "Running task {TaskId} ({TaskType}) failed outside its steps; the next start recovers it")]
    private partial void LogRunFailed(Exception exception, Guid taskId, string taskType);
}

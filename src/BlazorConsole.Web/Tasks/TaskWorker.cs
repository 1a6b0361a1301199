using System.Collections.Concurrent;
using BlazorConsole.Core.Tasks;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Tasks;

/// <summary>
/// Runs the persisted tasks. It claims Queued tasks (up to <see cref="TaskOptions.MaxConcurrency"/> at once)
/// with a lease and runs them, waking on a local enqueue or every poll interval, and purges old history
/// hourly. Every third of <see cref="TaskOptions.LeaseDuration"/> it renews the leases of its tasks and
/// recovers the tasks whose lease expired (a host that died left them Starting, Running or Stopping), at
/// start as in the loop, so a surviving host recovers a crashed one's tasks without a restart; a task
/// another live host runs is never touched. On host shutdown the running tasks' tokens are canceled through
/// the linked token and their rows are left for recovery once their lease expires (a shutdown is never
/// recorded as a user's cancel).
/// </summary>
internal sealed partial class TaskWorker(
    ITaskStore store,
    TaskRunner runner,
    TaskSignal signal,
    TaskHistoryPurge purge,
    IEnumerable<ITaskHandler> handlers,
    TaskWorkerHealth health,
    IOptions<TaskOptions> options,
    TimeProvider time,
    ILogger<TaskWorker> logger) : BackgroundService
{
    /// <summary>How many expired tasks one recovery sweep takes over at most; the next sweep takes the rest.</summary>
    private const int RecoveryBatch = 100;

    private readonly ConcurrentDictionary<Guid, Task> _running = new();

    /// <summary>The running tasks that only wait for their children; they take no slot of the limit.</summary>
    private readonly ConcurrentDictionary<Guid, byte> _parents = new();

    private readonly HashSet<string> _parentTypes = [.. handlers.Where(h => h.WaitsForChildren).Select(h => h.Type)];

    private int Busy => _running.Count - _parents.Count;

    /// <summary>Machine name, process id and a GUID: unique per host, even for two hosts in one process.</summary>
    public string WorkerId { get; } = CreateWorkerId();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        LogStarted(WorkerId, settings.MaxConcurrency);
        var leases = Task.CompletedTask;
        try
        {
            await RecoverAtStartAsync(settings, stoppingToken);
            leases = KeepLeasesAsync(settings.LeaseDuration, stoppingToken);
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
            await leases;
            await Task.WhenAll(_running.Values);
            LogStopped(WorkerId);
        }
    }

    private async Task RecoverAtStartAsync(TaskOptions settings, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await RecoverExpiredAsync(settings.LeaseDuration, stoppingToken);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRecoveryFailed(ex);
                await Task.Delay(settings.PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>Renews the leases of the tasks this worker runs, then recovers expired tasks, every third of the lease.</summary>
    private async Task KeepLeasesAsync(TimeSpan lease, CancellationToken stoppingToken)
    {
        try
        {
            using var timer = new PeriodicTimer(lease / 3, time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await store.RenewLeasesAsync(WorkerId, [.. _running.Keys], Now() + lease, stoppingToken);
                    await RecoverExpiredAsync(lease, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // a database hiccup: the next tick tries again, well before the lease runs out
                    LogLeaseFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host shutdown
        }
    }

    /// <summary>
    /// Takes over each active task whose lease expired, one conditional UPDATE each (only the winner recovers
    /// it), and recovers it in the background like a running task, so that its lease is renewed meanwhile.
    /// </summary>
    private async Task RecoverExpiredAsync(TimeSpan lease, CancellationToken stoppingToken)
    {
        foreach (var id in await store.ListExpiredAsync(Now(), RecoveryBatch, stoppingToken))
        {
            // a task this worker runs is never recovered by it, even if a database outage let its lease lapse
            if (_running.ContainsKey(id))
            {
                continue;
            }

            var now = Now();
            if (await store.TryTakeOverAsync(id, WorkerId, now, now + lease, stoppingToken)
                && await store.GetAsync(id, stoppingToken) is { } task)
            {
                Start(task, runner.RecoverAsync, stoppingToken);
            }
        }
    }

    private async Task PassAsync(TaskOptions settings, CancellationToken stoppingToken)
    {
        try
        {
            await purge.PurgeIfDueAsync(TimeSpan.FromDays(settings.HistoryDays), stoppingToken);
            await ClaimAndStartAsync(settings, stoppingToken);
            health.Tick();
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // a database hiccup: try again at the next pass; the health check turns Unhealthy if it lasts
            LogPassFailed(ex);
        }
    }

    private async Task ClaimAndStartAsync(TaskOptions settings, CancellationToken stoppingToken)
    {
        var free = settings.MaxConcurrency - Busy;
        if (free <= 0)
        {
            return;
        }

        foreach (var id in await store.ListQueuedAsync(free, stoppingToken))
        {
            if (Busy >= settings.MaxConcurrency)
            {
                return;
            }

            var now = Now();
            if (await store.TryClaimAsync(id, WorkerId, now, now + settings.LeaseDuration, stoppingToken)
                && await store.GetAsync(id, stoppingToken) is { } task)
            {
                Start(task, runner.RunAsync, stoppingToken);
            }
        }
    }

    private void Start(ConsoleTask task, Func<ConsoleTask, CancellationToken, Task> runAsync, CancellationToken stoppingToken)
    {
        // registered before it starts, so that it cannot end before it is tracked
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_running.TryAdd(task.Id, ended.Task))
        {
            return;
        }

        if (_parentTypes.Contains(task.Type))
        {
            _parents.TryAdd(task.Id, 0);
        }

        _ = Task.Run(
            async () =>
            {
                try
                {
                    await runAsync(task, stoppingToken);
                }
                catch (Exception ex)
                {
                    // the row stays as it is and is recovered once this worker's lease on it expires
                    LogRunFailed(ex, task.Id, task.Type);
                }
                finally
                {
                    _running.TryRemove(task.Id, out _);
                    _parents.TryRemove(task.Id, out _);
                    ended.SetResult();
                    signal.Notify();
                }
            },
            CancellationToken.None);
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

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

    [LoggerMessage(EventId = 1104, Level = LogLevel.Error, Message = "Running task {TaskId} ({TaskType}) failed outside its steps; it is recovered once its lease expires")]
    private partial void LogRunFailed(Exception exception, Guid taskId, string taskType);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Error, Message = "Renewing the task leases or recovering expired tasks failed; trying again at the next renewal")]
    private partial void LogLeaseFailed(Exception exception);
}

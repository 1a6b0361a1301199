using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Tasks;

/// <summary>
/// The "task-worker" health check: Unhealthy when the worker loop has not completed a pass (read the queue,
/// purge) for three poll intervals, and at least <see cref="MinimumSilence"/>, for instance when it cannot reach
/// the database. The floor lets a long pass (the hourly purge of a big history) finish without a false alarm.
/// </summary>
public sealed class TaskWorkerHealth(TimeProvider time, IOptions<TaskOptions> options) : IHealthCheck
{
    public const string Name = "task-worker";

    /// <summary>The worker may be silent at least this long before it is Unhealthy, whatever the poll interval.</summary>
    public static readonly TimeSpan MinimumSilence = TimeSpan.FromSeconds(60);

    // the host's start counts as a tick, so the check is healthy while the worker starts
    private long _lastTick = time.GetUtcNow().UtcTicks;

    /// <summary>Called by the worker after each successful pass of its loop.</summary>
    public void Tick() => Interlocked.Exchange(ref _lastTick, time.GetUtcNow().UtcTicks);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var silent = time.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref _lastTick), TimeSpan.Zero);
        var limit = TimeSpan.FromTicks(Math.Max(3 * options.Value.PollInterval.Ticks, MinimumSilence.Ticks));
        return Task.FromResult(silent <= limit
            ? HealthCheckResult.Healthy("The task worker is alive.")
            : HealthCheckResult.Unhealthy(string.Create(
                CultureInfo.InvariantCulture,
                $"The task worker has not completed a pass for {silent.TotalSeconds:F1} s (limit {limit.TotalSeconds:F1} s).")));
    }
}

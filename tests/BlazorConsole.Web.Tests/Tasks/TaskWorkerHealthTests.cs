using BlazorConsole.Web.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Web.Tests.Tasks;

public sealed class TaskWorkerHealthTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Check_LoopTickedWithinThreePollIntervals_IsHealthy()
    {
        var health = new TaskWorkerHealth(_time, Options.Create(new TaskOptions { PollInterval = TimeSpan.FromSeconds(1) }));
        _time.Advance(TimeSpan.FromSeconds(2));
        health.Tick();
        _time.Advance(TimeSpan.FromSeconds(3));

        var result = await health.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Check_LoopSilentForMoreThanThreePollIntervals_IsUnhealthyUntilItTicksAgain()
    {
        var health = new TaskWorkerHealth(_time, Options.Create(new TaskOptions { PollInterval = TimeSpan.FromSeconds(1) }));
        _time.Advance(TimeSpan.FromSeconds(3.5));

        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);

        health.Tick();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
    }
}

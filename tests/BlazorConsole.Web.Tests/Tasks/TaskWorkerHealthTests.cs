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
        var health = Health(TimeSpan.FromSeconds(30));
        _time.Advance(TimeSpan.FromSeconds(2));
        health.Tick();
        _time.Advance(TimeSpan.FromSeconds(89));

        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Fact]
    public async Task Check_LongPassWithAShortPollInterval_StaysHealthyForAMinute()
    {
        // a start-up recovery or an hourly purge may hold the loop far longer than 3 × 1 s
        var health = Health(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(59));

        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Fact]
    public async Task Check_LoopSilentForMoreThanAMinute_IsUnhealthyUntilItTicksAgain()
    {
        var health = Health(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);

        health.Tick();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Fact]
    public async Task Check_LongPollIntervalSilentForMoreThanThreeIntervals_IsUnhealthy()
    {
        var health = Health(TimeSpan.FromSeconds(30));
        _time.Advance(TimeSpan.FromSeconds(91));

        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    private TaskWorkerHealth Health(TimeSpan pollInterval) =>
        new(_time, Options.Create(new TaskOptions { PollInterval = pollInterval }));
}

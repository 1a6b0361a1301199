using BlazorConsole.Clients.Autotask;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Clients.Tests.Autotask;

public sealed class AutotaskBudgetTests
{
    private const string User = "api.full@northwind-msp.example";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly AutotaskClientOptions _options = new();

    private AutotaskBudget Budget(int limit, int serverCount)
    {
        var budget = new AutotaskBudget(_options, _time);
        budget.Update(User, new AutotaskThreshold(limit, TimeSpan.FromHours(1), serverCount));
        return budget;
    }

    [Fact]
    public void WaitTurn_WellUnderTheThreshold_DoesNotWait()
    {
        var budget = Budget(limit: 100, serverCount: 10);
        for (var i = 0; i < 30; i++)
        {
            budget.Record(User);
        }

        Assert.True(budget.WaitTurnAsync(User, None).IsCompletedSuccessfully);
        Assert.Equal(AutotaskBudgetState.Normal, budget.GetUsage(User).State);
    }

    [Fact]
    public async Task WaitTurn_PastHalfTheThreshold_WaitsTheSlowDownDelay()
    {
        var budget = Budget(limit: 100, serverCount: 55);

        var turn = budget.WaitTurnAsync(User, None);
        _time.Advance(_options.SlowDownDelay - TimeSpan.FromMilliseconds(1));
        Assert.False(turn.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await turn.WaitAsync(TimeSpan.FromSeconds(10));

        var usage = budget.GetUsage(User);
        Assert.Equal(AutotaskBudgetState.Slowed, usage.State);
        Assert.Equal(1, usage.DelayedRequests);
        Assert.Equal(55, usage.EstimatedUse);
    }

    [Fact]
    public async Task WaitTurn_PastThreeQuarters_WaitsLonger()
    {
        var budget = Budget(limit: 100, serverCount: 80);

        var turn = budget.WaitTurnAsync(User, None);
        _time.Advance(_options.SlowDownDelay);
        Assert.False(turn.IsCompleted);
        _time.Advance(_options.SlowDownDelayFromThreeQuarters - _options.SlowDownDelay);
        await turn.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WaitTurn_AtThePauseShare_WaitsUntilTheOldestRequestLeavesTheWindow()
    {
        var budget = new AutotaskBudget(_options, _time);
        budget.Update(User, new AutotaskThreshold(20, TimeSpan.FromHours(1), 0));
        for (var i = 0; i < 20; i++)
        {
            budget.Record(User);
        }

        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(AutotaskBudgetState.Paused, budget.GetUsage(User).State);

        var turn = budget.WaitTurnAsync(User, None);
        _time.Advance(TimeSpan.FromMinutes(49));
        Assert.False(turn.IsCompleted);
        _time.Advance(TimeSpan.FromMinutes(1));
        await turn.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, budget.GetUsage(User).RequestsInWindow);
    }

    [Fact]
    public void Usage_AutotasksFigureGoesStale_FallsBackToOwnCount()
    {
        var budget = Budget(limit: 100, serverCount: 90);
        budget.Record(User);
        Assert.Equal(91, budget.GetUsage(User).EstimatedUse);

        _time.Advance(_options.ThresholdRefreshInterval);

        Assert.Equal(1, budget.GetUsage(User).EstimatedUse);
        Assert.True(budget.NeedsThreshold(User));
    }

    [Fact]
    public async Task Client_NearTheThreshold_HoldsTheRequestBackUntilTheDelayPasses()
    {
        await using var bed = await AutotaskTestBed.StartAsync(new AutotaskSimulatorOptions { RequestThreshold = 20 }, clientTime: _time);
        var client = await bed.ConnectAsync();
        bed.Simulator.AddRequests(AutotaskSandboxUsers.AmericaEast, 10);
        var threshold = AutotaskAssert.Success(await client.GetThresholdAsync(None));
        Assert.Equal(13, threshold.CurrentRequestCount);

        var pending = client.GetCompanyAsync(176, None);

        var usage = bed.Connector.GetUsage(AutotaskSandboxUsers.FullUserName);
        Assert.Equal(AutotaskBudgetState.Slowed, usage.State);
        Assert.Equal(1, usage.DelayedRequests);
        Assert.Equal(20, usage.RequestLimit);
        Assert.Equal(0, bed.Simulator.CountCalls("GET", "Companies/176"));
        _time.Advance(_options.SlowDownDelay);
        AutotaskAssert.Success(await pending.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, bed.Simulator.CountCalls("GET", "Companies/176"));
        Assert.Equal(4, bed.Connector.GetUsage(AutotaskSandboxUsers.FullUserName).RequestsInWindow);
    }
}

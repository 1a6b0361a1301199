using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

public sealed class AutotaskUsageServiceTests
{
    private static readonly UsageMonth October = new(2026, 10);
    private readonly AutotaskHarness _h = new();
    private Guid _integration;
    private Guid _contoso;
    private long _contosoService;

    [Fact]
    public async Task Preview_ShowsUnitsAgainstTheContractQuantityAndSendsNothing()
    {
        await ArrangeAsync(vms: 3, unitsInAutotask: 40);

        var preview = await _h.Usage.PreviewAsync(_integration, October, CancellationToken.None);

        var line = Assert.Single(preview.Value!.Lines);
        Assert.Equal(3, line.Units);
        Assert.Equal(40, line.CurrentUnits);
        Assert.Equal(-37, line.Difference);
        Assert.True(line.CanPush);
        Assert.Equal(0, _h.Autotask.SetCalls);
    }

    [Fact]
    public async Task Push_SetsTheUnitsAndRecordsWhatWasSent()
    {
        await ArrangeAsync(vms: 3, unitsInAutotask: 40);

        var outcome = await _h.Usage.PushAsync(_integration, October, "alice", CancellationToken.None);

        var sent = Assert.Single(outcome.Value!.Sent);
        Assert.Equal(3, _h.Autotask.Units[_contosoService]);
        Assert.Equal(-37, Assert.Single(_h.Autotask.Adjustments).UnitChange);
        Assert.Equal(AutotaskUsagePushState.Sent, sent.State);
        Assert.Equal(40, sent.PreviousUnits);
        Assert.Equal(3, sent.Units);
        Assert.Equal("alice", sent.PushedBy);
    }

    [Fact]
    public async Task Push_Twice_SendsNothingTheSecondTime()
    {
        await ArrangeAsync(vms: 3, unitsInAutotask: 40);
        await _h.Usage.PushAsync(_integration, October, "alice", CancellationToken.None);
        _h.UsageStore.Days.Add(new VmProtectedDays(_contoso, Guid.NewGuid(), "late", 5));

        var second = await _h.Usage.PushAsync(_integration, October, "alice", CancellationToken.None);

        Assert.True(second.Value!.NothingToDo);
        Assert.Equal(1, _h.Autotask.SetCalls);
        Assert.Single(_h.Autotask.Adjustments);
    }

    [Fact]
    public async Task Push_Throttled_FailsThenTheNextPushSendsOnce()
    {
        await ArrangeAsync(vms: 3, unitsInAutotask: 40);
        _h.Autotask.ThrottleNextSets = 1;

        var first = await _h.Usage.PushAsync(_integration, October, "schedule", CancellationToken.None);
        var failed = Assert.Single(first.Value!.Failed);
        Assert.Equal(AutotaskErrors.ThrottledCode, failed.ErrorCode);
        Assert.Empty(_h.Autotask.Adjustments);

        var second = await _h.Usage.PushAsync(_integration, October, "schedule", CancellationToken.None);
        var third = await _h.Usage.PushAsync(_integration, October, "schedule", CancellationToken.None);

        Assert.Single(second.Value!.Sent);
        Assert.True(third.Value!.NothingToDo);
        Assert.Equal(-37, Assert.Single(_h.Autotask.Adjustments).UnitChange);
        Assert.Equal(2, Assert.Single(_h.UsageStore.Pushes).Attempts);
    }

    [Fact]
    public async Task Push_CompanyWithoutTheBillingService_IsSkippedWithTheReason()
    {
        await ArrangeAsync(vms: 2, unitsInAutotask: 0);
        _h.Autotask.AddCompany(181, "Tailspin Toys");
        await _h.Mapping.MapAsync(_integration, _h.Tenant("Tailspin").Id, 181, null, "alice", CancellationToken.None);

        var outcome = await _h.Usage.PushAsync(_integration, October, "alice", CancellationToken.None);

        Assert.Single(outcome.Value!.Sent);
        Assert.Contains(outcome.Value.Skipped, s => s.Contains("no active contract", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Preview_FutureMonth_IsRefused()
    {
        await ArrangeAsync(vms: 1, unitsInAutotask: 0);

        var result = await _h.Usage.PreviewAsync(_integration, new UsageMonth(2026, 12), CancellationToken.None);

        Assert.Equal(AutotaskIntegrationErrors.FutureMonthCode, result.Error?.Code);
    }

    [Fact]
    public async Task Preview_NoBillingService_AsksForIt()
    {
        await ArrangeAsync(vms: 1, unitsInAutotask: 0);
        _h.Stores.Integrations[_integration].BillingServiceId = null;

        var result = await _h.Usage.PreviewAsync(_integration, October, CancellationToken.None);

        Assert.Equal(AutotaskIntegrationErrors.NoBillingServiceCode, result.Error?.Code);
    }

    [Fact]
    public async Task Schedule_PushesLastMonthOnlyForIntegrationsThatAskForIt()
    {
        await ArrangeAsync(vms: 3, unitsInAutotask: 40);

        Assert.Empty(await _h.Schedule.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, _h.Autotask.SetCalls);

        _h.Stores.Integrations[_integration].MonthlyPush = true;
        var outcomes = await _h.Schedule.RunOnceAsync(CancellationToken.None);

        Assert.Equal(October, outcomes[_integration].Month);
        Assert.Equal(AutotaskUsageSchedule.Actor, Assert.Single(_h.UsageStore.Pushes).PushedBy);
        Assert.Equal(October.Start, _h.UsageStore.Pushes[0].Month);
    }

    private async Task ArrangeAsync(int vms, int unitsInAutotask)
    {
        _integration = await _h.CreateValidatedAsync();
        _h.Autotask.AddCompany(175, "Contoso Ltd");
        _contosoService = _h.Autotask.AddContractService(175, AutotaskHarness.LightAgentService, unitsInAutotask);
        _h.Autotask.AddContractService(175, 702, 25);
        _contoso = _h.Tenant("Contoso").Id;
        Assert.True((await _h.Mapping.MapAsync(_integration, _contoso, 175, 1, "alice", CancellationToken.None)).IsSuccess);
        for (var i = 0; i < vms; i++)
        {
            _h.UsageStore.Days.Add(new VmProtectedDays(_contoso, Guid.NewGuid(), $"vm-{i}", 10 + i));
        }
    }
}

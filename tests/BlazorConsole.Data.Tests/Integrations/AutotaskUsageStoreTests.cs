using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Data.Integrations;
using BlazorConsole.Data.Tests.Common;
using static BlazorConsole.Data.Tests.Integrations.IntegrationData;

namespace BlazorConsole.Data.Tests.Integrations;

public sealed class AutotaskUsageStoreTests : IDisposable
{
    private static readonly UsageMonth November = new(2026, 11);
    private readonly TestDatabase _database = new();
    private readonly AutotaskUsageStore _store;

    public AutotaskUsageStoreTests() => _store = new AutotaskUsageStore(_database.Factory);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task CountProtectedDays_CountsDistinctUtcDaysClippedToTheMonth()
    {
        var tenant = await _database.AddTenantAsync("Contoso");
        var web = await VmAsync(tenant.Id, "web-01");
        var db = await VmAsync(tenant.Id, "db-01");
        var open = await VmAsync(tenant.Id, "open-01");

        // started in October, ended on 3 November at 01:00: 1, 2 and 3 November
        await _database.AddPeriodAsync(web, Utc(10, 20), Utc(11, 3, 1));
        // two periods on the same day count once; then 10 to 12 November (ends at midnight: 12th not counted)
        await _database.AddPeriodAsync(db, Utc(11, 5, 8), Utc(11, 5, 10));
        await _database.AddPeriodAsync(db, Utc(11, 5, 12), Utc(11, 5, 14));
        await _database.AddPeriodAsync(db, Utc(11, 10, 0), Utc(11, 12, 0));
        // still open since 28 November: 28, 29, 30 (December is outside)
        await _database.AddPeriodAsync(open, Utc(11, 28, 6), null);

        var days = await _store.CountProtectedDaysAsync([tenant.Id], November.Start, November.End, CancellationToken.None);

        Assert.Equal(3, days.Single(d => d.BiosId == web).Days);
        Assert.Equal(3, days.Single(d => d.BiosId == db).Days);
        Assert.Equal(3, days.Single(d => d.BiosId == open).Days);
        Assert.Equal("web-01", days.Single(d => d.BiosId == web).VmName);
    }

    [Fact]
    public async Task CountProtectedDays_PeriodsOutsideTheMonthOrOfOtherTenants_AreLeftOut()
    {
        var contoso = await _database.AddTenantAsync("Contoso");
        var fabrikam = await _database.AddTenantAsync("Fabrikam");
        var before = await VmAsync(contoso.Id, "before");
        var after = await VmAsync(contoso.Id, "after");
        var other = await VmAsync(fabrikam.Id, "other");
        await _database.AddPeriodAsync(before, Utc(10, 1), Utc(11, 1));
        await _database.AddPeriodAsync(after, Utc(12, 1), null);
        await _database.AddPeriodAsync(other, Utc(11, 2), Utc(11, 3));

        var days = await _store.CountProtectedDaysAsync([contoso.Id], November.Start, November.End, CancellationToken.None);

        Assert.Empty(days);
    }

    [Fact]
    public async Task CountProtectedDays_MonthStillRunning_CountsOnlyUpToNow()
    {
        var tenant = await _database.AddTenantAsync("Contoso");
        var vm = await VmAsync(tenant.Id, "web-01");
        await _database.AddPeriodAsync(vm, Utc(11, 1), null);

        var days = await _store.CountProtectedDaysAsync([tenant.Id], November.Start, Utc(11, 23, 10), CancellationToken.None);

        Assert.Equal(23, Assert.Single(days).Days);
    }

    [Fact]
    public async Task CountProtectedDays_WholeFebruary_Is28Days()
    {
        var tenant = await _database.AddTenantAsync("Contoso");
        var vm = await VmAsync(tenant.Id, "web-01");
        await _database.AddPeriodAsync(vm, new DateTime(2027, 1, 15, 0, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 15, 0, 0, 0, DateTimeKind.Utc));
        var february = new UsageMonth(2027, 2);

        var days = await _store.CountProtectedDaysAsync([tenant.Id], february.Start, february.End, CancellationToken.None);

        Assert.Equal(28, Assert.Single(days).Days);
    }

    [Fact]
    public async Task ListPeriods_ClipsToTheRange()
    {
        var tenant = await _database.AddTenantAsync("Contoso");
        var vm = await VmAsync(tenant.Id, "web-01");
        await _database.AddPeriodAsync(vm, Utc(10, 20), Utc(11, 3, 1));
        await _database.AddPeriodAsync(vm, Utc(11, 28), null);

        var periods = await _store.ListPeriodsAsync(tenant.Id, November.Start, November.End, CancellationToken.None);

        Assert.Equal(2, periods.Count);
        Assert.Equal(November.Start, periods[0].Start);
        Assert.Equal(Utc(11, 3, 1), periods[0].End);
        Assert.Null(periods[1].End);
    }

    [Fact]
    public async Task Claim_SentMonth_IsNotClaimedAgainButAFailedOneIs()
    {
        var integration = await _database.AddIntegrationAsync();
        var tenant = await _database.AddTenantAsync("Contoso");
        var first = await _store.ClaimAsync(Push(integration.Id, tenant.Id, 3), DateTime.UtcNow.AddMinutes(-30), CancellationToken.None);
        Assert.NotNull(first);

        // while it is pending, nobody else gets it
        Assert.Null(await _store.ClaimAsync(Push(integration.Id, tenant.Id, 3), DateTime.UtcNow.AddMinutes(-30), CancellationToken.None));

        first.State = AutotaskUsagePushState.Failed;
        await _store.CompleteAsync(first, CancellationToken.None);
        var retry = await _store.ClaimAsync(Push(integration.Id, tenant.Id, 4), DateTime.UtcNow.AddMinutes(-30), CancellationToken.None);
        Assert.NotNull(retry);
        Assert.Equal(4, retry.Units);

        retry.State = AutotaskUsagePushState.Sent;
        await _store.CompleteAsync(retry, CancellationToken.None);
        Assert.Null(await _store.ClaimAsync(Push(integration.Id, tenant.Id, 5), DateTime.UtcNow.AddDays(1), CancellationToken.None));
        Assert.Equal(AutotaskUsagePushState.Sent, Assert.Single(await _store.ListPushesAsync(integration.Id, November.Start, CancellationToken.None)).State);
    }

    private static AutotaskUsagePush Push(Guid integrationId, Guid tenantId, int units) => new()
    {
        IntegrationId = integrationId,
        TenantId = tenantId,
        Month = November.Start,
        CompanyId = 175,
        ContractId = 9001,
        ContractServiceId = 8101,
        Units = units,
        State = AutotaskUsagePushState.Pending,
        PushedBy = "alice",
        Created = DateTime.UtcNow,
    };

    private async Task<Guid> VmAsync(Guid tenantId, string name)
    {
        var biosId = Guid.NewGuid();
        await _database.AddVirtualMachineAsync(tenantId, biosId, name);
        return biosId;
    }
}

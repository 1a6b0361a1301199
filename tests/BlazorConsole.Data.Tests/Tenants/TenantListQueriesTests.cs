using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Tenants;
using BlazorConsole.Data.Tests.Common;
using BlazorConsole.Data.VirtualMachines;

namespace BlazorConsole.Data.Tests.Tenants;

/// <summary>The queries the tenant pages use: list order by VM count and filters, the CSV stream, the VM page, timelines and the per-day chart.</summary>
public sealed class TenantListQueriesTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _database = new();
    private readonly TenantStore _tenants;
    private readonly TenantExportSource _export;
    private readonly VirtualMachineQueries _vms;

    public TenantListQueriesTests()
    {
        _tenants = new TenantStore(_database.Factory);
        _export = new TenantExportSource(_database.Factory);
        _vms = new VirtualMachineQueries(_database.Factory);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task List_SortByVmCount_OrdersByTheCountThenByName()
    {
        await SeedAsync(("Beta", 2), ("alpha", 2), ("Gamma", 0), ("Delta", 5));

        var ascending = await _tenants.ListAsync(new TenantQuery { Sort = TenantSort.VmCount }, default);
        var descending = await _tenants.ListAsync(new TenantQuery { Sort = TenantSort.VmCount, Descending = true }, default);

        Assert.Equal(["Gamma", "alpha", "Beta", "Delta"], ascending.Items.Select(r => r.Tenant.Name));
        Assert.Equal([0, 2, 2, 5], ascending.Items.Select(r => r.VmCount));
        Assert.Equal(["Delta", "alpha", "Beta", "Gamma"], descending.Items.Select(r => r.Tenant.Name));
    }

    [Fact]
    public async Task List_StatusAndTypeFilters_ReturnOnlyMatchingTenantsAndTheirTotal()
    {
        await AddAsync("Acme", TenantStatus.Active, TenantType.Complete);
        await AddAsync("Beta", TenantStatus.Active, TenantType.Simple);
        await AddAsync("Gamma", TenantStatus.Inactive, TenantType.Complete);
        await AddAsync("Delta", TenantStatus.Active, TenantType.Complete);

        var page = await _tenants.ListAsync(new TenantQuery { Status = TenantStatus.Active, Type = TenantType.Complete, Take = 1 }, default);

        Assert.Equal(2, page.Total);
        Assert.Equal(["Acme"], page.Items.Select(r => r.Tenant.Name));
    }

    [Fact]
    public async Task Export_StreamsEveryMatchingTenantInTheViewsOrderIgnoringThePage()
    {
        await SeedAsync(("Acme", 1), ("Acme West", 3), ("Beta", 0));

        var rows = new List<TenantSummary>();
        await foreach (var row in _export.StreamAsync(new TenantQuery { Search = "acme", Sort = TenantSort.VmCount, Descending = true, Skip = 1, Take = 1 }, default))
        {
            rows.Add(row);
        }

        Assert.Equal([("Acme West", 3), ("Acme", 1)], rows.Select(r => (r.Tenant.Name, r.VmCount)));
    }

    [Fact]
    public async Task Vms_SearchByPartOfTheBiosIdOrName_ReturnsTheTenantsMatchesOnly()
    {
        var acme = await _database.AddTenantAsync("Acme");
        var other = await _database.AddTenantAsync("Other");
        await _database.AddVirtualMachineAsync(acme.Id, Guid.Parse("4c4c4544-0042-3510-8058-b4c04f4e3232"), "web-01");
        await _database.AddVirtualMachineAsync(acme.Id, Guid.NewGuid(), "DB-01");
        await _database.AddVirtualMachineAsync(other.Id, Guid.Parse("4c4c4544-0042-3510-8058-b4c04f4e3233"), "web-02");

        var byBios = await _vms.ListAsync(new VirtualMachineQuery { TenantId = acme.Id, Search = "B4C04F" }, default);
        var byName = await _vms.ListAsync(new VirtualMachineQuery { TenantId = acme.Id, Search = "db" }, default);
        var all = await _vms.ListAsync(new VirtualMachineQuery { TenantId = acme.Id, Descending = true }, default);

        Assert.Equal(["web-01"], byBios.Items.Select(v => v.Name));
        Assert.Equal(["DB-01"], byName.Items.Select(v => v.Name));
        Assert.Equal((2, "web-01"), (all.Total, all.Items[0].Name));
    }

    [Fact]
    public async Task Periods_OverlappingTheRange_ReturnsThemOldestFirst()
    {
        var biosId = Guid.NewGuid();
        await AddPeriodsAsync(
            (biosId, Now.AddDays(-40), Now.AddDays(-35)),
            (biosId, Now.AddDays(-31), Now.AddDays(-29)),
            (biosId, Now.AddHours(-2), null),
            (biosId, Now.AddDays(-5), Now.AddDays(-4)),
            (Guid.NewGuid(), Now.AddDays(-5), null));

        var periods = await _vms.PeriodsAsync(biosId, Now.AddDays(-30), Now, 10, default);

        Assert.Equal([Now.AddDays(-31), Now.AddDays(-5), Now.AddHours(-2)], periods.Select(p => p.Start));
        Assert.Null(periods[^1].End);
    }

    [Fact]
    public async Task ProtectedPerDay_CountsEachOfTheTenantsVmsOncePerDayItWasProtected()
    {
        var acme = await _database.AddTenantAsync("Acme");
        var other = await _database.AddTenantAsync("Other");
        Guid vm1 = Guid.NewGuid(), vm2 = Guid.NewGuid(), foreign = Guid.NewGuid();
        await _database.AddVirtualMachineAsync(acme.Id, vm1, "vm1");
        await _database.AddVirtualMachineAsync(acme.Id, vm2, "vm2");
        await _database.AddVirtualMachineAsync(other.Id, foreign, "foreign");
        var day0 = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
        await AddPeriodsAsync(
            (vm1, day0.AddHours(1), day0.AddHours(2)),
            (vm1, day0.AddHours(5), day0.AddDays(2).AddHours(3)),
            (vm2, day0.AddDays(1).AddHours(23), day0.AddDays(2)),
            (vm2, day0.AddDays(3).AddHours(12), null),
            (foreign, day0, null));

        var days = await _vms.ProtectedPerDayAsync(acme.Id, DateOnly.FromDateTime(day0), 5, default);

        Assert.Equal(
            [(new DateOnly(2026, 10, 1), 1), (new DateOnly(2026, 10, 2), 2), (new DateOnly(2026, 10, 3), 1), (new DateOnly(2026, 10, 4), 1), (new DateOnly(2026, 10, 5), 1)],
            days.Select(d => (d.Day, d.Vms)));
    }

    private async Task SeedAsync(params (string Name, int Vms)[] tenants)
    {
        foreach (var (name, count) in tenants)
        {
            var tenant = await _database.AddTenantAsync(name);
            for (var i = 0; i < count; i++)
            {
                await _database.AddVirtualMachineAsync(tenant.Id, Guid.NewGuid(), $"{name}-{i}");
            }
        }
    }

    private async Task AddAsync(string name, TenantStatus status, TenantType type)
    {
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Status = status, Type = type, Created = Now, Updated = Now };
        Assert.True((await _tenants.AddAsync(tenant, default)).IsSuccess);
    }

    private async Task AddPeriodsAsync(params (Guid BiosId, DateTime Start, DateTime? End)[] periods)
    {
        await using var db = _database.CreateContext();
        foreach (var (biosId, start, end) in periods)
        {
            db.ProtectionPeriods.Add(new ProtectionPeriod { BiosId = biosId, Start = start, End = end, SvmId = "svm" });
        }

        await db.SaveChangesAsync();
    }
}

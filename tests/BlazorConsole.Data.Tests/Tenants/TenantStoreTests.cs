using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Tenants;
using BlazorConsole.Data.Tests.Common;
using BlazorConsole.Data.VirtualMachines;

namespace BlazorConsole.Data.Tests.Tenants;

public sealed class TenantStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _database = new();
    private readonly TenantStore _store;

    public TenantStoreTests() => _store = new TenantStore(_database.Factory);

    public void Dispose() => _database.Dispose();

    private static Tenant NewTenant(string name, TenantType type = TenantType.Simple, DateTime? created = null) => new()
    {
        Id = Guid.NewGuid(),
        Name = name,
        Type = type,
        Created = created ?? Now,
        Updated = created ?? Now,
    };

    [Fact]
    public async Task Add_ThenGet_ReturnsTheSameTenantWithUtcTimes()
    {
        var tenant = NewTenant("Contoso");
        tenant.Description = "Main office";
        tenant.UserData = "<x>1</x>";
        Assert.True((await _store.AddAsync(tenant, default)).IsSuccess);

        var read = await _store.GetAsync(tenant.Id, default);

        Assert.NotNull(read);
        Assert.Equal("Contoso", read.Name);
        Assert.Equal("Main office", read.Description);
        Assert.Equal("<x>1</x>", read.UserData);
        Assert.Equal(Now, read.Created);
        Assert.Equal(DateTimeKind.Utc, read.Created.Kind);
    }

    [Theory]
    [InlineData("CONTOSO")]
    [InlineData("contoso")]
    [InlineData(" Contoso ")]
    public async Task Add_NameTakenInAnotherCase_FailsWithNameAlreadyExists(string second)
    {
        Assert.True((await _store.AddAsync(NewTenant("Contoso"), default)).IsSuccess);

        var result = await _store.AddAsync(NewTenant(second), default);

        Assert.False(result.IsSuccess);
        Assert.Equal(TenantErrors.NameAlreadyExistsCode, result.Error.Code);
    }

    [Fact]
    public async Task Add_NonAsciiNameInAnotherCase_IsAlsoTaken()
    {
        Assert.True((await _store.AddAsync(NewTenant("Überbank"), default)).IsSuccess);
        Assert.False((await _store.AddAsync(NewTenant("ÜBERBANK"), default)).IsSuccess);
    }

    [Fact]
    public async Task SetStatus_KnownTenant_ChangesStatusAndUpdated()
    {
        var tenant = NewTenant("Contoso");
        await _store.AddAsync(tenant, default);

        Assert.True(await _store.SetStatusAsync(tenant.Id, TenantStatus.Active, Now.AddHours(1), default));

        var read = await _store.GetAsync(tenant.Id, default);
        Assert.Equal(TenantStatus.Active, read!.Status);
        Assert.Equal(Now.AddHours(1), read.Updated);
        Assert.False(await _store.SetStatusAsync(Guid.NewGuid(), TenantStatus.Active, Now, default));
    }

    [Fact]
    public async Task Delete_TenantWithVms_RemovesBothAndFreesTheName()
    {
        var tenant = NewTenant("Contoso");
        await _store.AddAsync(tenant, default);
        var vms = new VirtualMachineStore(_database.Factory);
        await vms.AddAsync(new VirtualMachine { Id = Guid.NewGuid(), BiosId = Guid.NewGuid(), TenantId = tenant.Id, Created = Now, Updated = Now }, default);

        Assert.True(await _store.DeleteAsync(tenant.Id, default));

        Assert.Null(await _store.GetAsync(tenant.Id, default));
        Assert.Empty(await vms.StreamByTenantAsync(tenant.Id, default).ToListAsync());
        Assert.True((await _store.AddAsync(NewTenant("contoso"), default)).IsSuccess);
    }

    [Fact]
    public async Task StreamAll_ReturnsEveryTenantOrderedByName()
    {
        foreach (var name in new[] { "beta", "Alpha", "gamma" })
        {
            await _store.AddAsync(NewTenant(name), default);
        }

        var names = await _store.StreamAllAsync(default).Select(t => t.Name).ToListAsync();

        Assert.Equal(["Alpha", "beta", "gamma"], names);
    }

    [Fact]
    public async Task List_SearchFilterSortAndPage_AreAppliedInSql()
    {
        await _store.AddAsync(NewTenant("Contoso Ltd", TenantType.Complete, Now.AddDays(-2)), default);
        await _store.AddAsync(NewTenant("Fabrikam", TenantType.Simple, Now.AddDays(-1)), default);
        var withVms = NewTenant("Contoso Cloud", TenantType.Simple, Now);
        await _store.AddAsync(withVms, default);
        var vms = new VirtualMachineStore(_database.Factory);
        await vms.AddAsync(new VirtualMachine { Id = Guid.NewGuid(), BiosId = Guid.NewGuid(), TenantId = withVms.Id, Created = Now, Updated = Now }, default);

        var search = await _store.ListAsync(new TenantQuery { Search = "contoso" }, default);
        Assert.Equal(2, search.Total);
        Assert.Equal(["Contoso Cloud", "Contoso Ltd"], search.Items.Select(i => i.Tenant.Name));

        var complete = await _store.ListAsync(new TenantQuery { Type = TenantType.Complete }, default);
        Assert.Equal("Contoso Ltd", Assert.Single(complete.Items).Tenant.Name);

        var byVms = await _store.ListAsync(new TenantQuery { Sort = TenantSort.VmCount, Descending = true }, default);
        Assert.Equal("Contoso Cloud", byVms.Items[0].Tenant.Name);
        Assert.Equal(1, byVms.Items[0].VmCount);

        var page = await _store.ListAsync(new TenantQuery { Sort = TenantSort.Created, Skip = 1, Take = 1 }, default);
        Assert.Equal(3, page.Total);
        Assert.Equal("Fabrikam", Assert.Single(page.Items).Tenant.Name);
    }
}

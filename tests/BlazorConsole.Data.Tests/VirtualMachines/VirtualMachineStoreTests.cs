using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Tenants;
using BlazorConsole.Data.Tests.Common;
using BlazorConsole.Data.VirtualMachines;

namespace BlazorConsole.Data.Tests.VirtualMachines;

public sealed class VirtualMachineStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _database = new();
    private readonly VirtualMachineStore _store;
    private readonly Guid _tenantA = Guid.NewGuid();
    private readonly Guid _tenantB = Guid.NewGuid();

    public VirtualMachineStoreTests()
    {
        _store = new VirtualMachineStore(_database.Factory);
        var tenants = new TenantStore(_database.Factory);
        foreach (var (id, name) in new[] { (_tenantA, "A"), (_tenantB, "B") })
        {
            tenants.AddAsync(new Tenant { Id = id, Name = name, Created = Now, Updated = Now }, default).GetAwaiter().GetResult();
        }
    }

    public void Dispose() => _database.Dispose();

    private static VirtualMachine Vm(Guid tenantId, Guid? biosId = null, string? name = null) => new()
    {
        Id = Guid.NewGuid(),
        BiosId = biosId ?? Guid.NewGuid(),
        TenantId = tenantId,
        Name = name,
        Created = Now,
        Updated = Now,
    };

    [Fact]
    public async Task Add_SameBiosIdInAnotherTenant_FailsWithConflict()
    {
        var biosId = Guid.NewGuid();
        Assert.True((await _store.AddAsync(Vm(_tenantA, biosId), default)).IsSuccess);

        var second = await _store.AddAsync(Vm(_tenantB, biosId), default);

        Assert.Equal(VirtualMachineErrors.BiosIdAlreadyExistsCode, second.Error?.Code);
        Assert.Single(await _store.StreamByTenantAsync(_tenantA, default).ToListAsync());
        Assert.Empty(await _store.StreamByTenantAsync(_tenantB, default).ToListAsync());
    }

    [Fact]
    public async Task RemoveByBiosId_OnlyInItsOwnTenant()
    {
        var vm = Vm(_tenantA);
        await _store.AddAsync(vm, default);

        Assert.False(await _store.RemoveByBiosIdAsync(_tenantB, vm.BiosId, default));
        Assert.True(await _store.RemoveByBiosIdAsync(_tenantA, vm.BiosId, default));
        Assert.False(await _store.RemoveByBiosIdAsync(_tenantA, vm.BiosId, default));
    }

    [Fact]
    public async Task RemoveById_OnlyInItsOwnTenant()
    {
        var vm = Vm(_tenantA);
        await _store.AddAsync(vm, default);

        Assert.False(await _store.RemoveByIdAsync(_tenantB, vm.Id, default));
        Assert.True(await _store.RemoveByIdAsync(_tenantA, vm.Id, default));
    }

    [Fact]
    public async Task StreamByTenant_ReturnsOnlyThatTenantsVms()
    {
        await _store.AddAsync(Vm(_tenantA, name: "web-02"), default);
        await _store.AddAsync(Vm(_tenantA, name: "web-01"), default);
        await _store.AddAsync(Vm(_tenantB, name: "db-01"), default);

        var names = await _store.StreamByTenantAsync(_tenantA, default).Select(v => v.Name).ToListAsync();

        Assert.Equal(["web-01", "web-02"], names);
    }
}

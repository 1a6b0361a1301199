using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Tenants;
using BlazorConsole.Data.Tests.Common;
using BlazorConsole.Data.VirtualMachines;

namespace BlazorConsole.Data.Tests.VirtualMachines;

public sealed class VirtualMachineQueriesTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TenantOf_RegisteredBiosId_IsItsTenant_UnknownIsNull()
    {
        var tenantId = Guid.NewGuid();
        await new TenantStore(_database.Factory).AddAsync(new Tenant { Id = tenantId, Name = "A", Created = Now, Updated = Now }, default);
        var biosId = Guid.NewGuid();
        await new VirtualMachineStore(_database.Factory).AddAsync(new VirtualMachine { Id = Guid.NewGuid(), BiosId = biosId, TenantId = tenantId, Created = Now, Updated = Now }, default);
        var queries = new VirtualMachineQueries(_database.Factory);

        Assert.Equal(tenantId, await queries.TenantOfAsync(biosId, default));
        Assert.Null(await queries.TenantOfAsync(Guid.NewGuid(), default));
    }
}

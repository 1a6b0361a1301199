using BlazorConsole.Core.Tenants;
using BlazorConsole.Data.Access;
using BlazorConsole.Data.Tenants;
using BlazorConsole.Data.Tests.Common;

namespace BlazorConsole.Data.Tests.Access;

public sealed class AccountScopeStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task FindTenants_ByNameInAnyCaseOrById_LeavesUnknownValuesOut()
    {
        var tenants = new TenantStore(_database.Factory);
        var acme = new Tenant { Id = Guid.NewGuid(), Name = "Acme Ltd", Created = Now, Updated = Now };
        var beta = new Tenant { Id = Guid.NewGuid(), Name = "Beta", Created = Now, Updated = Now };
        await tenants.AddAsync(acme, default);
        await tenants.AddAsync(beta, default);
        var store = new AccountScopeStore(_database.Factory);

        var found = await store.FindTenantsAsync(["acme ltd", beta.Id.ToString(), "Gamma", Guid.NewGuid().ToString()], default);

        Assert.Equal(2, found.Count);
        Assert.Equal(acme.Id, found["acme ltd"]);
        Assert.Equal(beta.Id, found[beta.Id.ToString()]);
    }
}

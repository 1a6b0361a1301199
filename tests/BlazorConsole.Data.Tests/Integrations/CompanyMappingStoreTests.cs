using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Data.Integrations;
using BlazorConsole.Data.Tests.Common;

namespace BlazorConsole.Data.Tests.Integrations;

public sealed class CompanyMappingStoreTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly CompanyMappingStore _store;

    public CompanyMappingStoreTests() => _store = new CompanyMappingStore(_database.Factory);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Add_SameCompanyForTwoTenants_IsRefusedByTheUniqueIndex()
    {
        var integration = await _database.AddIntegrationAsync();
        var contoso = await _database.AddTenantAsync("Contoso");
        var other = await _database.AddTenantAsync("Contoso Two");
        Assert.True((await _store.AddAsync(Mapping(integration.Id, contoso.Id, 175), 3, CancellationToken.None)).IsSuccess);

        var second = await _store.AddAsync(Mapping(integration.Id, other.Id, 175), 3, CancellationToken.None);

        Assert.Equal(AutotaskIntegrationErrors.CompanyAlreadyMappedCode, second.Error?.Code);
        Assert.Equal(1, await _store.CountAsync(integration.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Add_SameTenantTwice_IsRefusedByTheUniqueIndex()
    {
        var integration = await _database.AddIntegrationAsync();
        var contoso = await _database.AddTenantAsync("Contoso");
        await _store.AddAsync(Mapping(integration.Id, contoso.Id, 175), 3, CancellationToken.None);

        var second = await _store.AddAsync(Mapping(integration.Id, contoso.Id, 176), 3, CancellationToken.None);

        Assert.False(second.IsSuccess);
        Assert.Equal(175, Assert.Single(await _store.ListAsync(integration.Id, CancellationToken.None)).CompanyId);
    }

    [Fact]
    public async Task Add_AtTheLimit_IsRefused()
    {
        var integration = await _database.AddIntegrationAsync(limit: 2);
        for (var i = 0; i < 2; i++)
        {
            var tenant = await _database.AddTenantAsync($"Tenant {i}");
            Assert.True((await _store.AddAsync(Mapping(integration.Id, tenant.Id, 100 + i), 2, CancellationToken.None)).IsSuccess);
        }

        var third = await _database.AddTenantAsync("Tenant 2");
        var result = await _store.AddAsync(Mapping(integration.Id, third.Id, 102), 2, CancellationToken.None);

        Assert.Equal(AutotaskIntegrationErrors.MappingLimitReachedCode, result.Error?.Code);
        Assert.Equal(2, await _store.CountAsync(integration.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Add_ManyAtOnce_NeverPassTheLimit()
    {
        var integration = await _database.AddIntegrationAsync(limit: 3);
        var tenants = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            tenants.Add((await _database.AddTenantAsync($"Tenant {i}")).Id);
        }

        var results = await Task.WhenAll(tenants.Select((id, i) => Task.Run(async () =>
        {
            try
            {
                return await _store.AddAsync(Mapping(integration.Id, id, 200 + i), 3, CancellationToken.None);
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                return AutotaskIntegrationErrors.MappingLimitReached(3);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // SQLite refuses a writer that lost the race (busy); nothing of it is stored
                return AutotaskIntegrationErrors.MappingLimitReached(3);
            }
        })));

        Assert.True(results.Count(r => r.IsSuccess) <= 3);
        Assert.Equal(results.Count(r => r.IsSuccess), await _store.CountAsync(integration.Id, CancellationToken.None));
        Assert.True(await _store.CountAsync(integration.Id, CancellationToken.None) <= 3);
    }

    [Fact]
    public async Task DeletingTheIntegration_RemovesItsMappings()
    {
        var integration = await _database.AddIntegrationAsync();
        var contoso = await _database.AddTenantAsync("Contoso");
        await _store.AddAsync(Mapping(integration.Id, contoso.Id, 175), 3, CancellationToken.None);

        Assert.True(await new AutotaskIntegrationStore(_database.Factory).DeleteAsync(integration.Id, CancellationToken.None));

        Assert.Equal(0, await _store.CountAsync(integration.Id, CancellationToken.None));
    }

    private static CompanyMapping Mapping(Guid integrationId, Guid tenantId, long companyId) => new()
    {
        Id = Guid.NewGuid(),
        IntegrationId = integrationId,
        TenantId = tenantId,
        CompanyId = companyId,
        CompanyName = $"Company {companyId}",
        MappedBy = "alice",
        Mapped = DateTime.UtcNow,
    };
}

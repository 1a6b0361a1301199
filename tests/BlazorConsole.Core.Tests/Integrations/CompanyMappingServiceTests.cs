using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

public sealed class CompanyMappingServiceTests
{
    private readonly AutotaskHarness _h = new();

    public CompanyMappingServiceTests()
    {
        _h.Autotask.AddCompany(0, "Northwind IT Services");
        _h.Autotask.AddCompany(175, "Contoso Ltd");
        _h.Autotask.AddCompany(178, "Fabrikam, Inc.");
        _h.Autotask.AddCompany(179, "Fabrikam Inc", active: false);
        _h.Autotask.AddCompany(181, "Tailspin Toys");
        _h.Autotask.AddCompany(186, "Woodgrove Bank");
    }

    [Fact]
    public async Task Map_OverTheLimit_IsRefusedWithTheLimitInTheMessage()
    {
        var id = await _h.CreateValidatedAsync(limit: 3);
        await MapAsync(id, "Contoso", 175);
        await MapAsync(id, "Fabrikam", 178);
        await MapAsync(id, "Tailspin", 181);

        var fourth = await _h.Mapping.MapAsync(id, _h.Tenant("Woodgrove").Id, 186, null, "alice", CancellationToken.None);

        Assert.Equal(AutotaskIntegrationErrors.MappingLimitReachedCode, fourth.Error?.Code);
        Assert.Contains("3", fourth.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(3, _h.Stores.Mappings.Count);
    }

    [Fact]
    public async Task Map_TenantMappedAlready_IsRefusedAndTheMappingStays()
    {
        var id = await _h.CreateValidatedAsync();
        var tenant = _h.Tenant("Contoso");
        await _h.Mapping.MapAsync(id, tenant.Id, 175, null, "alice", CancellationToken.None);

        var again = await _h.Mapping.MapAsync(id, tenant.Id, 181, null, "alice", CancellationToken.None);

        Assert.Equal(AutotaskIntegrationErrors.TenantAlreadyMappedCode, again.Error?.Code);
        Assert.Equal(175, Assert.Single(_h.Stores.Mappings).CompanyId);
    }

    [Fact]
    public async Task Map_CompanyMappedToAnotherTenant_IsRefused()
    {
        var id = await _h.CreateValidatedAsync();
        await MapAsync(id, "Contoso", 175);

        var other = await _h.Mapping.MapAsync(id, _h.Tenant("Contoso Two").Id, 175, null, "alice", CancellationToken.None);

        Assert.Equal(AutotaskIntegrationErrors.CompanyAlreadyMappedCode, other.Error?.Code);
        Assert.Single(_h.Stores.Mappings);
    }

    [Theory]
    [InlineData(179L, "inactive")]
    [InlineData(0L, "own company")]
    [InlineData(999L, "no company")]
    public async Task Map_InactiveOwnOrUnknownCompany_IsRefused(long companyId, string words)
    {
        var id = await _h.CreateValidatedAsync();

        var result = await _h.Mapping.MapAsync(id, _h.Tenant("Fabrikam").Id, companyId, null, "alice", CancellationToken.None);

        Assert.Equal(AutotaskIntegrationErrors.CompanyNotMappableCode, result.Error?.Code);
        Assert.Contains(words, result.Error!.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_h.Stores.Mappings);
    }

    [Fact]
    public async Task GetBoard_SuggestsForUnmappedTenantsAndFlagsRenamedCompanies()
    {
        var id = await _h.CreateValidatedAsync();
        await MapAsync(id, "Tailspin", 181);
        _h.Autotask.Companies.RemoveAll(c => c.Id == 181);
        _h.Autotask.AddCompany(181, "Tailspin Toys International");
        var contoso = _h.Tenant("Contoso");

        var board = await _h.Mapping.GetBoardAsync(id, MappingFilter.All, CancellationToken.None);

        Assert.True(board.IsSuccess);
        var mapped = board.Value.Rows.Single(r => r.TenantName == "Tailspin");
        Assert.Equal(CompanyMappingStatus.Renamed, mapped.Status);
        Assert.Equal(175, board.Value.Rows.Single(r => r.TenantId == contoso.Id).Suggestion!.CompanyId);
        Assert.DoesNotContain(board.Value.FreeCompanies, c => c.Id is 0 or 179 or 181);
        Assert.Equal(1, board.Value.MappedCount);
    }

    [Fact]
    public async Task GetBoard_Filters_ShowMappedOrUnmappedOnly()
    {
        var id = await _h.CreateValidatedAsync();
        await MapAsync(id, "Contoso", 175);
        _h.Tenant("Fabrikam");

        var mapped = await _h.Mapping.GetBoardAsync(id, MappingFilter.Mapped, CancellationToken.None);
        var unmapped = await _h.Mapping.GetBoardAsync(id, MappingFilter.Unmapped, CancellationToken.None);

        Assert.Equal("Contoso", Assert.Single(mapped.Value!.Rows).TenantName);
        Assert.Equal("Fabrikam", Assert.Single(unmapped.Value!.Rows).TenantName);
    }

    [Fact]
    public async Task Unmap_FreesTheCompanyForAnotherTenant()
    {
        var id = await _h.CreateValidatedAsync();
        var contoso = await MapAsync(id, "Contoso", 175);

        Assert.True((await _h.Mapping.UnmapAsync(id, contoso, CancellationToken.None)).IsSuccess);

        Assert.True((await _h.Mapping.MapAsync(id, _h.Tenant("Contoso New").Id, 175, 1, "alice", CancellationToken.None)).IsSuccess);
    }

    private async Task<Guid> MapAsync(Guid integrationId, string tenantName, long companyId)
    {
        var tenant = _h.Tenant(tenantName);
        var result = await _h.Mapping.MapAsync(integrationId, tenant.Id, companyId, null, "alice", CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return tenant.Id;
    }
}

using BlazorConsole.Core.Access;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

/// <summary>
/// Autotask integrations, company mappings and usage pushes are changed only by an Administrator covering all tenants;
/// the mapping board and the usage preview and trace (which show every tenant) need a principal covering all tenants.
/// </summary>
public sealed class AutotaskAccessTests
{
    private static readonly UsageMonth October = new(2026, 10);
    private readonly AutotaskHarness _h = new();
    private Guid _integration;
    private Guid _contoso;
    private Guid _fabrikam;

    [Theory]
    [InlineData("Operator")]
    [InlineData("Auditor")]
    [InlineData("ScopedAdministrator")]
    public async Task Changes_NotAnAdministratorOfAllTenants_RefusedAndNothingChanges(string principal)
    {
        await ArrangeAsync();
        var integration = _h.Stores.Integrations[_integration];
        var (limit, updated, status) = (integration.ManagedAccountsLimit, integration.Updated, integration.Status);
        _h.Connector.Checked.Clear();
        _h.Access.ActAs(principal);

        var settings = new AutotaskUsageSettings { ManagedAccountsLimit = 9, MinimumDays = 1, UsageRule = AutotaskUsageRule.ProtectedAnyDay };
        var refusals = new[]
        {
            (await _h.Integrations.CheckAsync(AutotaskHarness.Input(), CancellationToken.None)).Error,
            (await _h.Integrations.CreateAsync(AutotaskHarness.Input(), "mallory", saveDraft: true, CancellationToken.None)).Error,
            (await _h.Integrations.UpdateCredentialsAsync(_integration, AutotaskHarness.Input(), "mallory", saveDraft: true, CancellationToken.None)).Error,
            (await _h.Integrations.RevalidateAsync(_integration, "mallory", CancellationToken.None)).Error,
            (await _h.Integrations.UpdateSettingsAsync(_integration, settings, "mallory", CancellationToken.None)).Error,
            (await _h.Integrations.DeleteAsync(_integration, CancellationToken.None)).Error,
            (await _h.Mapping.MapAsync(_integration, _fabrikam, 178, null, "mallory", CancellationToken.None)).Error,
            (await _h.Mapping.UnmapAsync(_integration, _contoso, CancellationToken.None)).Error,
            (await _h.Usage.PushAsync(_integration, October, "mallory", CancellationToken.None)).Error,
        };

        Assert.All(refusals, error => Assert.Same(AccessScopeErrors.AdministratorRequired, error));
        var after = Assert.Single(_h.Stores.Integrations.Values);
        Assert.Same(integration, after);
        Assert.Equal((limit, updated, status), (after.ManagedAccountsLimit, after.Updated, after.Status));
        Assert.Equal(_contoso, Assert.Single(_h.Stores.Mappings).TenantId);
        Assert.Empty(_h.UsageStore.Pushes);
        Assert.Equal(0, _h.Autotask.SetCalls);
        Assert.Empty(_h.Connector.Checked);
    }

    [Theory]
    [InlineData("System")]
    [InlineData("Administrator")]
    public async Task Changes_AdministratorOfAllTenants_Allowed(string principal)
    {
        await ArrangeAsync();
        _h.Access.ActAs(principal);

        var mapped = await _h.Mapping.MapAsync(_integration, _fabrikam, 178, null, "alice", CancellationToken.None);
        var pushed = await _h.Usage.PushAsync(_integration, October, "alice", CancellationToken.None);
        var unmapped = await _h.Mapping.UnmapAsync(_integration, _fabrikam, CancellationToken.None);
        var deleted = await _h.Integrations.DeleteAsync(_integration, CancellationToken.None);

        Assert.True(mapped.IsSuccess, mapped.Error?.Message);
        Assert.Equal(2, pushed.Value!.Sent.Count);
        Assert.True(unmapped.IsSuccess);
        Assert.True(deleted.IsSuccess);
        Assert.Empty(_h.Stores.Integrations);
    }

    [Theory]
    [InlineData("ScopedOperator")]
    [InlineData("ScopedAdministrator")]
    public async Task ReadsAcrossTenants_PrincipalCoveringSomeTenants_Refused(string principal)
    {
        await ArrangeAsync();
        _h.Access.ActAs(principal);

        var board = await _h.Mapping.GetBoardAsync(_integration, MappingFilter.All, CancellationToken.None);
        var preview = await _h.Usage.PreviewAsync(_integration, October, CancellationToken.None);
        var trace = await _h.Usage.TraceAsync(_integration, _contoso, October, CancellationToken.None);

        Assert.Same(AccessScopeErrors.AllTenantsRequired, board.Error);
        Assert.Same(AccessScopeErrors.AllTenantsRequired, preview.Error);
        Assert.Same(AccessScopeErrors.AllTenantsRequired, trace.Error);
    }

    [Fact]
    public async Task ReadsAcrossTenants_AuditorOfAllTenants_SeesEveryTenant()
    {
        await ArrangeAsync();
        _h.Access.ActAs("Auditor");

        var board = await _h.Mapping.GetBoardAsync(_integration, MappingFilter.All, CancellationToken.None);
        var preview = await _h.Usage.PreviewAsync(_integration, October, CancellationToken.None);
        var trace = await _h.Usage.TraceAsync(_integration, _contoso, October, CancellationToken.None);

        Assert.Equal(2, board.Value!.Rows.Count);
        Assert.Equal(_contoso, Assert.Single(preview.Value!.Lines).TenantId);
        Assert.Equal("Contoso", trace.Value!.TenantName);
    }

    private async Task ArrangeAsync()
    {
        _integration = await _h.CreateValidatedAsync();
        _h.Autotask.AddCompany(175, "Contoso Ltd");
        _h.Autotask.AddCompany(178, "Fabrikam Inc");
        _h.Autotask.AddContractService(175, AutotaskHarness.LightAgentService, 40);
        _h.Autotask.AddContractService(178, AutotaskHarness.LightAgentService, 10);
        _contoso = _h.Tenant("Contoso").Id;
        _fabrikam = _h.Tenant("Fabrikam").Id;
        Assert.True((await _h.Mapping.MapAsync(_integration, _contoso, 175, 1, "alice", CancellationToken.None)).IsSuccess);
        _h.UsageStore.Days.Add(new VmProtectedDays(_contoso, Guid.NewGuid(), "vm-1", 12));
    }
}

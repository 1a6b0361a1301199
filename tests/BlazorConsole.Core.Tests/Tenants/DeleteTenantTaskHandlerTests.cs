using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.Tests.Ksc;
using BlazorConsole.Core.Tests.Tasks;

namespace BlazorConsole.Core.Tests.Tenants;

public sealed class DeleteTenantTaskHandlerTests
{
    private readonly FakeTenantStore _tenants = new();
    private readonly FakeKsc _ksc = new();

    [Fact]
    public async Task Delete_SimpleTenant_RemovesRowAndVmsAndReturnsTheRemovedTenant()
    {
        var tenant = _tenants.Seed("Contoso", TenantType.Simple);
        _tenants.VmCounts[tenant.Id] = 3;

        var task = await Harness(kscConfigured: false).RunAsync(TaskTypes.DeleteTenant, new DeleteTenantInput(tenant.Id, true));

        Assert.Equal(TaskState.Completed, task.State);
        Assert.Empty(_tenants.All);
        Assert.False(_tenants.VmCounts.ContainsKey(tenant.Id));
        var removed = TenantJson.Deserialize(task.Result!)!;
        Assert.Equal(tenant.Id, removed.Id);
        Assert.Equal("Contoso", removed.Name);
    }

    [Fact]
    public async Task Delete_UnknownTenant_FailsTenantNotFound()
    {
        var task = await Harness(kscConfigured: true).RunAsync(TaskTypes.DeleteTenant, new DeleteTenantInput(Guid.NewGuid(), false));

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(TenantErrors.NotFoundCode, task.ErrorCode);
    }

    [Fact]
    public async Task Delete_CompleteTenantWithArtifactsWithoutKsc_FailsServiceNotConfiguredAndKeepsTheTenant()
    {
        var tenant = _tenants.Seed("Fabrikam", TenantType.Complete);

        var task = await Harness(kscConfigured: false).RunAsync(TaskTypes.DeleteTenant, new DeleteTenantInput(tenant.Id, true));

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(KscErrors.ServiceNotConfiguredCode, task.ErrorCode);
        Assert.Single(_tenants.All);
    }

    [Fact]
    public async Task Delete_CompleteTenantKeepingArtifactsWithoutKsc_RemovesTheRow()
    {
        var tenant = _tenants.Seed("Fabrikam", TenantType.Complete);

        var task = await Harness(kscConfigured: false).RunAsync(TaskTypes.DeleteTenant, new DeleteTenantInput(tenant.Id, false));

        Assert.Equal(TaskState.Completed, task.State);
        Assert.Empty(_tenants.All);
    }

    [Fact]
    public async Task Delete_CompleteTenantWithArtifacts_RemovesAccountServerFoldersAndRow()
    {
        var tenant = CompleteTenant("Fabrikam", "fabrikam-admin");

        var task = await Harness(kscConfigured: true).RunAsync(TaskTypes.DeleteTenant, new DeleteTenantInput(tenant.Id, true));

        Assert.Equal(TaskState.Completed, task.State);
        Assert.Empty(_tenants.All);
        Assert.Empty(_ksc.Servers);
        Assert.Empty(_ksc.Groups);
        Assert.Contains("DeleteUserAsync", _ksc.Log);
        Assert.Equal("Fabrikam", TenantJson.Deserialize(task.Result!)!.Name);
    }

    [Fact]
    public async Task Delete_OneOfTwoCompleteTenants_KeepsTheMultitenancyFolderAndTheOther()
    {
        var fabrikam = CompleteTenant("Fabrikam", "fabrikam-admin");
        CompleteTenant("Contoso", "contoso-admin");

        await Harness(kscConfigured: true).RunAsync(TaskTypes.DeleteTenant, new DeleteTenantInput(fabrikam.Id, true));

        Assert.Equal("Contoso", Assert.Single(_ksc.Servers).DisplayName);
        Assert.Equal(
            [KscDefaults.MultitenancyFolderName, "Contoso"],
            _ksc.Groups.Select(g => g.Name));
    }

    [Fact]
    public async Task Delete_CompleteTenantWithoutArtifacts_RemovesOnlyTheRow()
    {
        var tenant = CompleteTenant("Fabrikam", "fabrikam-admin");
        var before = _ksc.Snapshot();

        var task = await Harness(kscConfigured: true).RunAsync(TaskTypes.DeleteTenant, new DeleteTenantInput(tenant.Id, false));

        Assert.Equal(TaskState.Completed, task.State);
        Assert.Empty(_tenants.All);
        Assert.Equal(before, _ksc.Snapshot());
    }

    [Fact]
    public async Task Delete_KscFailsHalfWay_KeepsTheRowAndASecondRunFinishes()
    {
        var tenant = CompleteTenant("Fabrikam", "fabrikam-admin");
        _ksc.FailOn("RemoveGroupAsync");

        var failed = await Harness(kscConfigured: true).RunAsync(TaskTypes.DeleteTenant, new DeleteTenantInput(tenant.Id, true));

        Assert.Equal(TaskState.Failed, failed.State);
        Assert.Equal(KscErrors.CallFailedCode, failed.ErrorCode);
        Assert.Single(_tenants.All);
        Assert.Empty(_ksc.Servers);

        var again = await Harness(kscConfigured: true).RunAsync(TaskTypes.DeleteTenant, new DeleteTenantInput(tenant.Id, true));

        Assert.Equal(TaskState.Completed, again.State);
        Assert.Empty(_tenants.All);
        Assert.Empty(_ksc.Groups);
    }

    private Tenant CompleteTenant(string name, string admin)
    {
        var (serverId, _) = KscTenants.Provision(_ksc, name, admin);
        var tenant = _tenants.Seed(name, TenantType.Complete);
        tenant.VirtualServerId = serverId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        tenant.AdminUserName = admin;
        return tenant;
    }

    private TaskHarness Harness(bool kscConfigured)
    {
        _ksc.Configured = kscConfigured;
        return new(new DeleteTenantTaskHandler(_tenants, new TenantArtifactRemoval(_ksc)));
    }
}

using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.Tests.Tasks;

namespace BlazorConsole.Core.Tests.Tenants;

public sealed class DeleteTenantTaskHandlerTests
{
    private readonly FakeTenantStore _tenants = new();

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

    private TaskHarness Harness(bool kscConfigured) =>
        new(new DeleteTenantTaskHandler(_tenants, new FakeKscConnectionStatus(kscConfigured)));
}

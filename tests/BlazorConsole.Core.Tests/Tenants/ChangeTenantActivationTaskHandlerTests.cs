using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.Tests.Ksc;
using BlazorConsole.Core.Tests.Tasks;

namespace BlazorConsole.Core.Tests.Tenants;

public sealed class ChangeTenantActivationTaskHandlerTests
{
    private readonly FakeTenantStore _tenants = new();
    private readonly FakeKsc _ksc = new();

    [Fact]
    public async Task Activate_SimpleTenantWithoutKsc_SetsActiveAndReturnsTrue()
    {
        var tenant = _tenants.Seed("Contoso", TenantType.Simple);

        var task = await Harness(kscConfigured: false).RunAsync(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(tenant.Id, true));

        Assert.Equal(TaskState.Completed, task.State);
        Assert.Equal("true", task.Result);
        Assert.Equal(TenantStatus.Active, tenant.Status);
        Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc), tenant.Updated);
    }

    [Fact]
    public async Task Deactivate_ActiveSimpleTenant_SetsInactive()
    {
        var tenant = _tenants.Seed("Contoso", TenantType.Simple, TenantStatus.Active);

        var task = await Harness(kscConfigured: false).RunAsync(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(tenant.Id, false));

        Assert.Equal(TaskState.Completed, task.State);
        Assert.Equal(TenantStatus.Inactive, tenant.Status);
    }

    [Fact]
    public async Task Activate_UnknownTenant_FailsTenantNotFound()
    {
        var task = await Harness(kscConfigured: true).RunAsync(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(Guid.NewGuid(), true));

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(TenantErrors.NotFoundCode, task.ErrorCode);
        Assert.Null(task.Result);
    }

    [Fact]
    public async Task Activate_CompleteTenantWithoutKsc_FailsServiceNotConfiguredAndKeepsStatus()
    {
        var tenant = _tenants.Seed("Fabrikam", TenantType.Complete);

        var task = await Harness(kscConfigured: false).RunAsync(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(tenant.Id, true));

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(KscErrors.ServiceNotConfiguredCode, task.ErrorCode);
        Assert.Equal(TenantStatus.Inactive, tenant.Status);
    }

    [Fact]
    public async Task Recover_ActivationInterruptedAfterChange_RestoresThePreviousStatus()
    {
        var tenant = _tenants.Seed("Contoso", TenantType.Simple);
        var harness = Harness(kscConfigured: false);
        var task = await harness.ClaimedAsync(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(tenant.Id, true));
        var context = new TaskContext(task, (_, _) => Task.CompletedTask);
        var plan = new ChangeTenantActivationTaskHandler(_tenants, _ksc, harness.Time).Plan(context);
        await plan[0].RunAsync(context, CancellationToken.None);
        await plan[1].RunAsync(context, CancellationToken.None);
        await plan[2].RunAsync(context, CancellationToken.None);
        task.State = TaskState.Running;
        task.StepsDone = 2;
        await harness.Store.SaveAsync(task, CancellationToken.None);
        Assert.Equal(TenantStatus.Active, tenant.Status);

        await harness.Runner.RecoverAsync(await harness.StoredAsync(task.Id), CancellationToken.None);

        Assert.Equal(TenantStatus.Inactive, tenant.Status);
        Assert.Equal(TaskErrors.InterruptedCode, (await harness.StoredAsync(task.Id)).ErrorCode);
    }

    [Fact]
    public async Task Activate_CompleteTenant_EnablesItsVirtualServerThenSetsActive()
    {
        var (tenant, serverId) = CompleteTenant(enabled: false);

        var task = await Harness(kscConfigured: true).RunAsync(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(tenant.Id, true));

        Assert.Equal(TaskState.Completed, task.State);
        Assert.True(_ksc.Servers.Single(s => s.Id == serverId).Enabled);
        Assert.Equal(TenantStatus.Active, tenant.Status);
    }

    [Fact]
    public async Task Deactivate_CompleteTenant_DisablesItsVirtualServer()
    {
        var (tenant, serverId) = CompleteTenant(enabled: true, TenantStatus.Active);

        var task = await Harness(kscConfigured: true).RunAsync(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(tenant.Id, false));

        Assert.Equal(TaskState.Completed, task.State);
        Assert.False(_ksc.Servers.Single(s => s.Id == serverId).Enabled);
        Assert.Equal(TenantStatus.Inactive, tenant.Status);
    }

    [Fact]
    public async Task Activate_CompleteTenantWhoseServerIsGone_FailsObjectNotFoundAndKeepsStatus()
    {
        var tenant = _tenants.Seed("Fabrikam", TenantType.Complete);
        tenant.VirtualServerId = "4242";

        var task = await Harness(kscConfigured: true).RunAsync(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(tenant.Id, true));

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(KscErrors.ObjectNotFoundCode, task.ErrorCode);
        Assert.Equal(TenantStatus.Inactive, tenant.Status);
    }

    [Fact]
    public async Task Activate_KscRefusesTheChange_FailsAndLeavesServerAndStatusAsTheyWere()
    {
        var (tenant, serverId) = CompleteTenant(enabled: false);
        _ksc.FailOn("SetVirtualServerEnabledAsync");

        var task = await Harness(kscConfigured: true).RunAsync(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(tenant.Id, true));

        Assert.Equal(KscErrors.CallFailedCode, task.ErrorCode);
        Assert.False(_ksc.Servers.Single(s => s.Id == serverId).Enabled);
        Assert.Equal(TenantStatus.Inactive, tenant.Status);
    }

    [Fact]
    public async Task Recover_CompleteActivationInterruptedAfterSavingStatus_PutsServerAndStatusBack()
    {
        var (tenant, serverId) = CompleteTenant(enabled: false);
        var harness = Harness(kscConfigured: true);
        var task = await harness.ClaimedAsync(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(tenant.Id, true));
        var context = new TaskContext(task, (_, _) => Task.CompletedTask);
        var plan = new ChangeTenantActivationTaskHandler(_tenants, _ksc, harness.Time).Plan(context);
        foreach (var step in plan)
        {
            Assert.True((await step.RunAsync(context, CancellationToken.None)).IsSuccess);
        }

        task.State = TaskState.Running;
        task.StepsDone = 2;
        await harness.Store.SaveAsync(task, CancellationToken.None);

        await harness.Runner.RecoverAsync(await harness.StoredAsync(task.Id), CancellationToken.None);

        Assert.False(_ksc.Servers.Single(s => s.Id == serverId).Enabled);
        Assert.Equal(TenantStatus.Inactive, tenant.Status);
    }

    private (Tenant Tenant, long ServerId) CompleteTenant(bool enabled, TenantStatus status = TenantStatus.Inactive)
    {
        var (serverId, _) = KscTenants.Provision(_ksc, "Fabrikam", "fabrikam-admin", enabled);
        var tenant = _tenants.Seed("Fabrikam", TenantType.Complete, status);
        tenant.VirtualServerId = serverId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        tenant.AdminUserName = "fabrikam-admin";
        return (tenant, serverId);
    }

    private TaskHarness Harness(bool kscConfigured)
    {
        _ksc.Configured = kscConfigured;
        var time = TaskHarness.NewClock();
        return new TaskHarness(time, new ChangeTenantActivationTaskHandler(_tenants, _ksc, time));
    }
}

using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.Tests.Tasks;

namespace BlazorConsole.Core.Tests.Tenants;

public sealed class ChangeTenantActivationTaskHandlerTests
{
    private readonly FakeTenantStore _tenants = new();

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
        var plan = new ChangeTenantActivationTaskHandler(_tenants, new FakeKscConnectionStatus(false), harness.Time).Plan(context);
        await plan[0].RunAsync(context, CancellationToken.None);
        await plan[1].RunAsync(context, CancellationToken.None);
        task.State = TaskState.Running;
        task.StepsDone = 1;
        await harness.Store.SaveAsync(task, CancellationToken.None);
        Assert.Equal(TenantStatus.Active, tenant.Status);

        await harness.Runner.RecoverAsync(await harness.StoredAsync(task.Id), CancellationToken.None);

        Assert.Equal(TenantStatus.Inactive, tenant.Status);
        Assert.Equal(TaskErrors.InterruptedCode, (await harness.StoredAsync(task.Id)).ErrorCode);
    }

    private TaskHarness Harness(bool kscConfigured)
    {
        var time = TaskHarness.NewClock();
        return new TaskHarness(time, new ChangeTenantActivationTaskHandler(_tenants, new FakeKscConnectionStatus(kscConfigured), time));
    }
}

using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.Tests.Tasks;

namespace BlazorConsole.Core.Tests.Tenants;

public sealed class CreateTenantTaskHandlerTests
{
    private readonly FakeTenantStore _tenants = new();

    [Fact]
    public async Task Create_SimpleTenant_SavesInactiveTenantWithTimesInSecondsAndReturnsIt()
    {
        var harness = Harness(kscConfigured: false);

        var task = await harness.RunAsync(TaskTypes.CreateTenant, Input("Contoso", TenantType.Simple));

        Assert.Equal(TaskState.Completed, task.State);
        var tenant = Assert.Single(_tenants.All);
        Assert.Equal("Contoso", tenant.Name);
        Assert.Equal(TenantStatus.Inactive, tenant.Status);
        Assert.Equal(TenantType.Simple, tenant.Type);
        Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc), tenant.Created);
        Assert.Equal(tenant.Created, tenant.Updated);
        Assert.Equal(tenant.Id, TenantJson.Deserialize(task.Result!)!.Id);
        Assert.Equal(tenant.Id, task.TenantId);
        Assert.Equal(
            [CreateTenantTaskHandler.CheckingNameStep, CreateTenantTaskHandler.SavingStep],
            harness.Store.Saves.Select(s => s.Stage).OfType<string>().Distinct());
    }

    [Fact]
    public async Task Create_NameTakenInAnotherCase_FailsNameAlreadyExistsAndAddsNothing()
    {
        _tenants.Seed("CONTOSO", TenantType.Simple);
        var harness = Harness(kscConfigured: false);

        var task = await harness.RunAsync(TaskTypes.CreateTenant, Input("contoso", TenantType.Simple));

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(TenantErrors.NameAlreadyExistsCode, task.ErrorCode);
        Assert.Single(_tenants.All);
    }

    [Fact]
    public async Task Create_CompleteTenantWithoutKsc_FailsServiceNotConfiguredLeavingNoRowNorSecret()
    {
        var harness = Harness(kscConfigured: false);

        var task = await harness.RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(KscErrors.ServiceNotConfiguredCode, task.ErrorCode);
        Assert.Equal(CreateTenantTaskHandler.CheckingKscStep, task.Stage);
        Assert.Empty(_tenants.All);
        Assert.DoesNotContain("protected-password", task.Input, StringComparison.Ordinal);
        Assert.Contains("Fabrikam", task.Input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_CompleteTenantWithKsc_CompletesAndClearsTheProtectedPassword()
    {
        var harness = Harness(kscConfigured: true);

        var task = await harness.RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));

        Assert.Equal(TaskState.Completed, task.State);
        var tenant = Assert.Single(_tenants.All);
        Assert.Equal("admin", tenant.AdminUserName);
        Assert.Null(TaskContext.DeserializeInput<CreateTenantInput>(task.Input)!.ProtectedAdminPassword);
    }

    [Fact]
    public async Task Recover_CreateInterruptedAfterSavingTheRow_RemovesTheRow()
    {
        var harness = Harness(kscConfigured: true);
        var task = await harness.ClaimedAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));
        var running = new ConsoleTask { Id = task.Id, Type = task.Type, Input = task.Input, State = TaskState.Running, ClaimedBy = task.ClaimedBy };

        // the tenant row was saved, then the host died before the step was recorded as done
        var context = new TaskContext(running, (_, _) => Task.CompletedTask);
        var plan = new CreateTenantTaskHandler(_tenants, new FakeKscConnectionStatus(true), harness.Time).Plan(context);
        Assert.True((await plan[0].RunAsync(context, CancellationToken.None)).IsSuccess);
        Assert.True((await plan[1].RunAsync(context, CancellationToken.None)).IsSuccess);
        Assert.True((await plan[2].RunAsync(context, CancellationToken.None)).IsSuccess);
        running.StepsDone = 2;
        await harness.Store.SaveAsync(running, CancellationToken.None);
        Assert.Single(_tenants.All);

        await harness.Runner.RecoverAsync(await harness.StoredAsync(task.Id), CancellationToken.None);

        var recovered = await harness.StoredAsync(task.Id);
        Assert.Equal(TaskState.Failed, recovered.State);
        Assert.Equal(TaskErrors.InterruptedCode, recovered.ErrorCode);
        Assert.Empty(_tenants.All);
    }

    private static CreateTenantInput Input(string name, TenantType type) => type == TenantType.Complete
        ? new CreateTenantInput(name, "desc", null, "192.0.2.10", type, "admin", "protected-password")
        : new CreateTenantInput(name, "desc", null, null, type, null, null);

    private TaskHarness Harness(bool kscConfigured)
    {
        var time = TaskHarness.NewClock();
        return new TaskHarness(time, new CreateTenantTaskHandler(_tenants, new FakeKscConnectionStatus(kscConfigured), time));
    }
}

using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.Tests.Ksc;
using BlazorConsole.Core.Tests.Tasks;

namespace BlazorConsole.Core.Tests.Tenants;

public sealed class CreateTenantTaskHandlerTests
{
    private const string Password = "Str0ng-Passw0rd";
    private readonly FakeTenantStore _tenants = new();
    private readonly FakeKsc _ksc = new();
    private readonly FakeSecretProtector _secrets = new();

    [Fact]
    public async Task Create_SimpleTenant_SavesInactiveTenantWithTimesInSecondsAndReturnsIt()
    {
        _ksc.Configured = false;
        var harness = Harness();

        var task = await harness.RunAsync(TaskTypes.CreateTenant, Input("Contoso", TenantType.Simple));

        Assert.Equal(TaskState.Completed, task.State);
        var tenant = Assert.Single(_tenants.All);
        Assert.Equal("Contoso", tenant.Name);
        Assert.Equal(TenantStatus.Inactive, tenant.Status);
        Assert.Equal(TenantType.Simple, tenant.Type);
        Assert.Null(tenant.VirtualServerId);
        Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc), tenant.Created);
        Assert.Equal(tenant.Created, tenant.Updated);
        Assert.Equal(tenant.Id, TenantJson.Deserialize(task.Result!)!.Id);
        Assert.Equal(tenant.Id, task.TenantId);
        Assert.Equal(
            [CreateTenantTaskHandler.CheckingNameStep, CreateTenantTaskHandler.SavingStep],
            harness.Store.Saves.Select(s => s.Stage).OfType<string>().Distinct());
        Assert.Empty(_ksc.Log);
    }

    [Fact]
    public async Task Create_NameTakenInAnotherCase_FailsNameAlreadyExistsAndAddsNothing()
    {
        _tenants.Seed("CONTOSO", TenantType.Simple);
        var before = _ksc.Snapshot();

        var task = await Harness().RunAsync(TaskTypes.CreateTenant, Input("contoso", TenantType.Complete));

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(TenantErrors.NameAlreadyExistsCode, task.ErrorCode);
        Assert.Single(_tenants.All);
        Assert.Equal(before, _ksc.Snapshot());
    }

    [Fact]
    public async Task Create_CompleteTenantWithoutKsc_FailsServiceNotConfiguredLeavingNoRowNorSecret()
    {
        _ksc.Configured = false;

        var task = await Harness().RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(KscErrors.ServiceNotConfiguredCode, task.ErrorCode);
        Assert.Equal(CreateTenantTaskHandler.CheckingKscStep, task.Stage);
        Assert.Empty(_tenants.All);
        Assert.DoesNotContain("protected:", task.Input, StringComparison.Ordinal);
        Assert.Contains("Fabrikam", task.Input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_CompleteTenant_MakesFoldersServerAdministratorAndTheRow()
    {
        var harness = Harness();

        var task = await harness.RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));

        Assert.Equal(TaskState.Completed, task.State);
        var root = Assert.Single(_ksc.Groups, g => g.ParentId == FakeKsc.ManagedDevicesId);
        Assert.Equal(KscDefaults.MultitenancyFolderName, root.Name);
        var folder = Assert.Single(_ksc.Groups, g => g.ParentId == root.Id);
        Assert.Equal("Fabrikam", folder.Name);
        var server = Assert.Single(_ksc.Servers);
        Assert.Equal(("Fabrikam", folder.Id), (server.DisplayName, server.ParentGroupId));
        Assert.True(_ksc.IsAdministrator(server.Id, "fabrikam-admin"));
        var tenant = Assert.Single(_tenants.All);
        Assert.Equal(server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), tenant.VirtualServerId);
        Assert.Equal("fabrikam-admin", tenant.AdminUserName);
        Assert.Equal(TenantType.Complete, tenant.Type);
        Assert.Null(TaskContext.DeserializeInput<CreateTenantInput>(task.Input)!.ProtectedAdminPassword);
        Assert.Equal(0, _ksc.OpenSessions);
        Assert.Equal(
            [
                CompleteTenantProvisioning.ConnectingStep,
                CreateTenantTaskHandler.CheckingNameStep,
                CompleteTenantProvisioning.RootFolderStep,
                CompleteTenantProvisioning.TenantFolderStep,
                CompleteTenantProvisioning.VirtualServerStep,
                CompleteTenantProvisioning.AccountStep,
                CompleteTenantProvisioning.RightsStep,
                CreateTenantTaskHandler.SavingStep,
            ],
            harness.Store.Saves.Select(s => s.Stage).OfType<string>().Distinct());
    }

    [Fact]
    public async Task Create_SecondCompleteTenant_ReusesTheMultitenancyFolder()
    {
        await Harness().RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));

        var task = await Harness().RunAsync(TaskTypes.CreateTenant, Input("Contoso", TenantType.Complete, admin: "contoso-admin"));

        Assert.Equal(TaskState.Completed, task.State);
        Assert.Single(_ksc.Groups, g => g.Name == KscDefaults.MultitenancyFolderName);
        Assert.Equal(2, _ksc.Servers.Count);
    }

    [Theory]
    [InlineData("GetManagedDevicesGroupIdAsync", 1)]
    [InlineData("FindGroupAsync", 1)]
    [InlineData("AddGroupAsync", 1)]
    [InlineData("FindGroupAsync", 2)]
    [InlineData("AddGroupAsync", 2)]
    [InlineData("AddVirtualServerAsync", 1)]
    [InlineData("GetVirtualServersAsync", 1)]
    [InlineData("AddUserAsync", 1)]
    [InlineData("GetVirtualServersAsync", 2)]
    [InlineData("GrantAdministratorRightsAsync", 1)]
    public async Task Create_FaultAtAnyKscCall_UndoesEverythingAndFailsWithTheCode(string method, int call)
    {
        var before = _ksc.Snapshot();
        _ksc.FailOn(method, call);

        var task = await Harness().RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(KscErrors.CallFailedCode, task.ErrorCode);
        Assert.Equal(before, _ksc.Snapshot());
        Assert.Empty(_tenants.All);
        Assert.Equal(0, _ksc.OpenSessions);
        Assert.DoesNotContain("protected:", task.Input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_RowRefusedAtTheEnd_UndoesTheKscObjects()
    {
        _tenants.RefuseNextAdd = TenantErrors.NameAlreadyExists("Fabrikam");

        var task = await Harness().RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));

        Assert.Equal(TenantErrors.NameAlreadyExistsCode, task.ErrorCode);
        Assert.Empty(_ksc.Groups);
        Assert.Empty(_ksc.Servers);
    }

    [Fact]
    public async Task Create_FaultAfterAnotherTenantsFolderExists_KeepsTheSharedFolderAndTheOtherTenant()
    {
        await Harness().RunAsync(TaskTypes.CreateTenant, Input("Contoso", TenantType.Complete, admin: "contoso-admin"));
        var before = _ksc.Snapshot();
        _ksc.FailOn("AddUserAsync");

        var task = await Harness().RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));

        Assert.Equal(TaskState.Failed, task.State);
        Assert.Equal(before, _ksc.Snapshot());
        Assert.Single(_tenants.All);
    }

    [Fact]
    public async Task Create_TenantFolderAlreadyInKsc_FailsGroupAlreadyExistsAndKeepsThatFolder()
    {
        var root = _ksc.AddGroup(FakeKsc.ManagedDevicesId, KscDefaults.MultitenancyFolderName);
        _ksc.AddGroup(root, "Fabrikam");
        var before = _ksc.Snapshot();

        var task = await Harness().RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));

        Assert.Equal(TenantErrors.GroupAlreadyExistsCode, task.ErrorCode);
        Assert.Equal(before, _ksc.Snapshot());
        Assert.Empty(_tenants.All);
    }

    [Fact]
    public async Task Create_AdministratorNameTaken_FailsUserAlreadyExistsAndUndoes()
    {
        await Harness().RunAsync(TaskTypes.CreateTenant, Input("Contoso", TenantType.Complete, admin: "shared-admin"));
        var before = _ksc.Snapshot();

        var task = await Harness().RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete, admin: "SHARED-admin"));

        Assert.Equal(TenantErrors.UserAlreadyExistsCode, task.ErrorCode);
        Assert.Equal(before, _ksc.Snapshot());
    }

    [Fact]
    public async Task Create_WeakPassword_FailsPasswordNotComplyPolicyAndUndoes()
    {
        var task = await Harness().RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete, password: "short"));

        Assert.Equal(TenantErrors.PasswordNotComplyPolicyCode, task.ErrorCode);
        Assert.Empty(_ksc.Groups);
        Assert.Empty(_ksc.Servers);
    }

    [Fact]
    public async Task Create_CertificateChangedAtConnect_FailsWithThatCodeBeforeAnything()
    {
        _ksc.OpenError = KscErrors.CertificateChanged(new string('A', 64), new string('B', 64));

        var task = await Harness().RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));

        Assert.Equal(KscErrors.CertificateChangedCode, task.ErrorCode);
        Assert.Equal(CreateTenantTaskHandler.CheckingKscStep, task.Stage);
        Assert.Empty(_ksc.Log);
    }

    [Fact]
    public async Task Create_CanceledWhileTheAccountIsMade_UndoesEverythingAndEndsCanceled()
    {
        var harness = Harness();
        _ksc.BeforeCall = method =>
        {
            if (method == "AddUserAsync")
            {
                harness.Store.FlagCancel(harness.Store.Saves[^1].Id);
            }
        };

        var task = await harness.RunAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));

        Assert.Equal(TaskState.Canceled, task.State);
        Assert.Empty(_ksc.Groups);
        Assert.Empty(_ksc.Servers);
        Assert.Empty(_tenants.All);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public async Task Recover_CreateInterruptedDuringAStep_UndoesTheHalfMadeObjectsToo(int stepUnderWay)
    {
        var harness = Harness();
        var task = await harness.ClaimedAsync(TaskTypes.CreateTenant, Input("Fabrikam", TenantType.Complete));
        var running = await harness.StoredAsync(task.Id);
        running.State = TaskState.Running;
        var context = new TaskContext(running, (_, _) => Task.CompletedTask);
        var plan = Handler(harness).Plan(context);

        // the steps up to and including the one under way ran; the host died before that step was recorded
        for (var i = 0; i <= stepUnderWay; i++)
        {
            Assert.True((await plan[i].RunAsync(context, CancellationToken.None)).IsSuccess);
        }

        running.StepsDone = stepUnderWay;
        await harness.Store.SaveAsync(running, CancellationToken.None);

        await harness.Runner.RecoverAsync(await harness.StoredAsync(task.Id), CancellationToken.None);

        var recovered = await harness.StoredAsync(task.Id);
        Assert.Equal(TaskState.Failed, recovered.State);
        Assert.Equal(TaskErrors.InterruptedCode, recovered.ErrorCode);
        Assert.Empty(_ksc.Groups);
        Assert.Empty(_ksc.Servers);
        Assert.Empty(_tenants.All);
    }

    [Fact]
    public void Plan_CompleteTenant_DescribesEveryKscObjectInOrder()
    {
        var lines = CompleteTenantPlan.Describe("Fabrikam", "fabrikam-admin");

        Assert.Equal(6, lines.Count);
        Assert.Contains("Multitenancy KSV LA/Fabrikam", lines[1], StringComparison.Ordinal);
        Assert.Contains("fabrikam-admin", lines[3], StringComparison.Ordinal);
    }

    private CreateTenantInput Input(string name, TenantType type, string admin = "fabrikam-admin", string password = Password) =>
        type == TenantType.Complete
            ? new CreateTenantInput(name, "desc", null, "192.0.2.10", type, admin, _secrets.Protect(password))
            : new CreateTenantInput(name, "desc", null, null, type, null, null);

    private CreateTenantTaskHandler Handler(TaskHarness harness) =>
        new(_tenants, new CompleteTenantProvisioning(_ksc, _secrets), harness.Time);

    private TaskHarness Harness()
    {
        var time = TaskHarness.NewClock();
        return new TaskHarness(time, new CreateTenantTaskHandler(_tenants, new CompleteTenantProvisioning(_ksc, _secrets), time));
    }
}

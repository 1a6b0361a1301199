using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.Tests.Ksc;
using BlazorConsole.Core.Tests.Tenants;

namespace BlazorConsole.Core.Tests.Tasks;

public sealed class TaskServiceTests
{
    private const string Secret = "protected-secret-value";

    [Fact]
    public async Task Cancel_CreateTenantTaskStillQueued_CancelsItAndDropsTheProtectedPassword()
    {
        var harness = Harness();
        var task = await QueuedAsync(harness, parentId: null);

        var outcome = await harness.Service.CancelAsync(task.Id, CancellationToken.None);

        var stored = await harness.StoredAsync(task.Id);
        Assert.Equal(CancelOutcome.Canceled, outcome);
        Assert.Equal(TaskState.Canceled, stored.State);
        Assert.DoesNotContain(Secret, stored.Input, StringComparison.Ordinal);
        var input = TaskContext.DeserializeInput<CreateTenantInput>(stored.Input)!;
        Assert.Null(input.ProtectedAdminPassword);
        Assert.Equal("Contoso", input.Name);
    }

    [Fact]
    public async Task Cancel_ParentWithQueuedChild_DropsTheChildsProtectedPassword()
    {
        var harness = Harness();
        var parent = await QueuedAsync(harness, parentId: null);
        var child = await QueuedAsync(harness, parent.Id);

        await harness.Service.CancelAsync(parent.Id, CancellationToken.None);

        var stored = await harness.StoredAsync(child.Id);
        Assert.Equal(TaskState.Canceled, stored.State);
        Assert.DoesNotContain(Secret, stored.Input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_QueuedTaskOfAnUnknownType_DropsItsWholeInput()
    {
        var harness = Harness();
        var task = new ConsoleTask { Id = Guid.NewGuid(), Type = "NoSuchType", State = TaskState.Queued, Input = $$"""{"password":"{{Secret}}"}""" };
        await harness.Store.AddAsync(task, CancellationToken.None);

        await harness.Service.CancelAsync(task.Id, CancellationToken.None);

        Assert.Equal(TaskSecrets.NoInput, (await harness.StoredAsync(task.Id)).Input);
    }

    private static TaskHarness Harness()
    {
        var time = TaskHarness.NewClock();
        return new TaskHarness(time, new CreateTenantTaskHandler(new FakeTenantStore(), new CompleteTenantProvisioning(new FakeKsc { Configured = false }, new FakeSecretProtector()), time));
    }

    private static async Task<ConsoleTask> QueuedAsync(TaskHarness harness, Guid? parentId)
    {
        var input = new CreateTenantInput("Contoso", null, null, null, TenantType.Complete, "admin", Secret);
        var task = new ConsoleTask
        {
            Id = Guid.NewGuid(),
            Type = TaskTypes.CreateTenant,
            State = TaskState.Queued,
            ParentId = parentId,
            Input = TaskContext.SerializeInput(input),
        };
        await harness.Store.AddAsync(task, CancellationToken.None);
        return task;
    }
}

using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Core.Tests.Tenants.Bulk;

public sealed class BulkTenantServiceTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly TaskNotifier _notifier = new();
    private readonly TaskSignal _signal = new();
    private readonly FakeTenantStore _tenants = new();
    private readonly FilteringTaskStore _store;
    private readonly TaskQueue _queue;
    private readonly BulkTenantService _service;

    public BulkTenantServiceTests()
    {
        _store = new FilteringTaskStore(_notifier);
        _queue = new TaskQueue(_store, _signal, _notifier, _time);
        _service = new BulkTenantService(_queue, _store, _tenants);
    }

    public void Dispose() => _signal.Dispose();

    [Fact]
    public async Task Start_NoTenants_IsRefusedAndQueuesNothing()
    {
        var started = await _service.StartAsync(BulkTenantAction.Activate, [], "admin", CancellationToken.None);

        Assert.Equal(ErrorCodes.MandatoryParameterIsNotSpecified, started.Error?.Code);
        Assert.Empty(_store.All);
    }

    [Fact]
    public async Task Start_TooManyTenants_IsRefused()
    {
        var ids = Enumerable.Range(0, BulkTenantService.MaxTenants + 1).Select(_ => Guid.NewGuid());

        var started = await _service.StartAsync(BulkTenantAction.Activate, ids, "admin", CancellationToken.None);

        Assert.Equal(ErrorCodes.InvalidParameterValue, started.Error?.Code);
        Assert.Empty(_store.All);
    }

    [Fact]
    public async Task Start_DuplicateTenants_QueuesOneParentWithEachTenantOnce()
    {
        var id = Guid.NewGuid();

        var started = await _service.StartAsync(BulkTenantAction.Deactivate, [id, id], "admin", CancellationToken.None);

        Assert.True(started.IsSuccess);
        var parent = Assert.Single(_store.All);
        Assert.Equal((BulkTenantTaskHandler.TaskType, "admin", (Guid?)null), (parent.Type, parent.CreatedBy, parent.ParentId));
        Assert.Equal([id], TaskContext.DeserializeInput<BulkTenantInput>(parent.Input)!.TenantIds);
    }

    [Fact]
    public async Task Get_NamesEachTenantAndShowsADeletedOneWithoutAName()
    {
        var acme = _tenants.Seed("Acme", TenantType.Simple);
        var gone = Guid.NewGuid();
        var parent = await StartWithChildrenAsync(BulkTenantAction.Activate, (acme.Id, TaskState.Completed), (gone, TaskState.Failed));

        var progress = await _service.GetAsync(parent, CancellationToken.None);

        Assert.True(progress.IsSuccess);
        Assert.Equal(["Acme", null], progress.Value.Outcomes.Select(o => o.TenantName));
        Assert.Equal((2, 1, 1), (progress.Value.Ended, progress.Value.Succeeded, progress.Value.Failed));
    }

    [Fact]
    public async Task Get_AnotherTaskType_IsNotFound()
    {
        var other = await _queue.EnqueueAsync(new TaskRequest(TaskTypes.DeleteTenant, new DeleteTenantInput(Guid.NewGuid(), false)), CancellationToken.None);

        var progress = await _service.GetAsync(other.Id, CancellationToken.None);

        Assert.Equal(TaskErrors.NotFoundCode, progress.Error?.Code);
    }

    [Fact]
    public async Task RetryFailed_AfterTheBulkEnded_QueuesANewBulkOverOnlyTheFailedTenants()
    {
        Guid ok = Guid.NewGuid(), failed = Guid.NewGuid(), canceled = Guid.NewGuid();
        var parent = await StartWithChildrenAsync(BulkTenantAction.Activate, (ok, TaskState.Completed), (failed, TaskState.Failed), (canceled, TaskState.Canceled));
        _store.End(parent, TaskState.Completed);

        var retried = await _service.RetryFailedAsync(parent, "admin", CancellationToken.None);

        Assert.True(retried.IsSuccess);
        var input = TaskContext.DeserializeInput<BulkTenantInput>(retried.Value.Input)!;
        Assert.Equal(BulkTenantAction.Activate, input.Action);
        Assert.Equal([failed, canceled], input.TenantIds);
    }

    [Fact]
    public async Task RetryFailed_WhileTheBulkRuns_IsRefused()
    {
        var parent = await StartWithChildrenAsync(BulkTenantAction.Activate, (Guid.NewGuid(), TaskState.Failed));

        var retried = await _service.RetryFailedAsync(parent, "admin", CancellationToken.None);

        Assert.Equal(BulkTenantErrors.NothingToRetryCode, retried.Error?.Code);
        Assert.Single(_store.All, t => t.ParentId is null);
    }

    [Fact]
    public async Task RetryFailed_NothingFailed_IsRefused()
    {
        var parent = await StartWithChildrenAsync(BulkTenantAction.Report, (Guid.NewGuid(), TaskState.Completed));
        _store.End(parent, TaskState.Completed);

        var retried = await _service.RetryFailedAsync(parent, "admin", CancellationToken.None);

        Assert.Equal(BulkTenantErrors.NothingToRetryCode, retried.Error?.Code);
    }

    /// <summary>Queues a bulk task and, as its handler would, one child per tenant, each ended in the given state.</summary>
    private async Task<Guid> StartWithChildrenAsync(BulkTenantAction action, params (Guid Tenant, TaskState State)[] children)
    {
        var started = await _service.StartAsync(action, children.Select(c => c.Tenant), "admin", CancellationToken.None);
        Assert.True(started.IsSuccess);
        var parent = started.Value;
        foreach (var (tenant, state) in children)
        {
            var child = await _queue.EnqueueAsync(
                new TaskRequest(BulkTenantTaskHandler.ChildType(action), BulkTenantTaskHandler.ChildInput(action, tenant)) { ParentId = parent.Id, TenantId = tenant },
                CancellationToken.None);
            _time.Advance(TimeSpan.FromMilliseconds(1));
            _store.End(child.Id, state, state == TaskState.Completed ? null : TenantErrors.NotFoundCode);
        }

        return parent.Id;
    }
}

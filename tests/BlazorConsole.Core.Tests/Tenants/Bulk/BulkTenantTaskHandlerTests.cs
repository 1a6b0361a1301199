using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Core.Tests.Tenants.Bulk;

public sealed class BulkTenantTaskHandlerTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly TaskNotifier _notifier = new();
    private readonly TaskSignal _signal = new();
    private readonly FilteringTaskStore _store;
    private readonly BulkTenantTaskHandler _handler;

    public BulkTenantTaskHandlerTests()
    {
        _store = new FilteringTaskStore(_notifier);
        _handler = new BulkTenantTaskHandler(_store, new TaskQueue(_store, _signal, _notifier, _time), _notifier, _time);
    }

    public void Dispose() => _signal.Dispose();

    [Fact]
    public async Task Queue_Activate_QueuesOneChildPerTenantUnderTheParent()
    {
        Guid[] tenants = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        var (context, plan) = Plan(BulkTenantAction.Activate, tenants);

        var result = await plan[0].RunAsync(context, CancellationToken.None);

        Assert.True(result.IsSuccess);
        var children = _store.ChildrenOf(context.Current.Id);
        Assert.Equal(tenants.Order(), children.Select(c => c.TenantId!.Value).Order());
        Assert.All(children, c =>
        {
            Assert.Equal((TaskTypes.ChangeTenantActivation, TaskState.Queued, "admin"), (c.Type, c.State, c.CreatedBy));
            var input = TaskContext.DeserializeInput<ChangeTenantActivationInput>(c.Input)!;
            Assert.Equal((c.TenantId!.Value, true), (input.TenantId, input.Activate));
        });
    }

    [Fact]
    public async Task Queue_Report_QueuesAReportTaskPerTenant()
    {
        var tenant = Guid.NewGuid();
        var (context, plan) = Plan(BulkTenantAction.Report, [tenant]);

        await plan[0].RunAsync(context, CancellationToken.None);

        var child = Assert.Single(_store.ChildrenOf(context.Current.Id));
        Assert.Equal(TaskTypes.CreateTenantReport, child.Type);
        Assert.Equal(tenant, TaskContext.DeserializeInput<CreateTenantReportInput>(child.Input)!.TenantId);
    }

    [Fact]
    public async Task Queue_RunAgainAfterARestart_DoesNotQueueATenantTwice()
    {
        Guid[] tenants = [Guid.NewGuid(), Guid.NewGuid()];
        var (context, plan) = Plan(BulkTenantAction.Deactivate, tenants);

        await plan[0].RunAsync(context, CancellationToken.None);
        await plan[0].RunAsync(context, CancellationToken.None);

        Assert.Equal(2, _store.ChildrenOf(context.Current.Id).Count);
    }

    [Fact]
    public async Task Wait_EveryChildEnds_CompletesWithTheOutcomeOfEachTenant()
    {
        Guid[] tenants = [Guid.NewGuid(), Guid.NewGuid()];
        var (context, plan) = Plan(BulkTenantAction.Activate, tenants);
        await plan[0].RunAsync(context, CancellationToken.None);
        var children = _store.ChildrenOf(context.Current.Id);
        var succeeding = children.Single(c => c.TenantId == tenants[0]);
        var failing = children.Single(c => c.TenantId == tenants[1]);

        var waiting = plan[1].RunAsync(context, CancellationToken.None);
        _store.End(succeeding.Id, TaskState.Completed);
        Assert.False(waiting.IsCompleted);
        _store.End(failing.Id, TaskState.Failed, TenantErrors.NotFoundCode);
        var result = await waiting.WaitAsync(Wait);

        Assert.True(result.IsSuccess);
        var outcome = BulkTenantResult.Deserialize(context.Current.Result!)!;
        Assert.Equal(BulkTenantAction.Activate, outcome.Action);
        Assert.Equal((1, 1), (outcome.Succeeded, outcome.Failed));
        var failed = Assert.Single(outcome.Outcomes, o => o.IsFailure);
        Assert.Equal((tenants[1], TenantErrors.NotFoundCode), (failed.TenantId, failed.ErrorCode));
    }

    [Fact]
    public async Task Wait_ChildEndedByAnotherNode_IsSeenAtAPoll()
    {
        var firstLook = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (context, plan) = Plan(BulkTenantAction.Activate, [Guid.NewGuid()], () => firstLook.TrySetResult());
        await plan[0].RunAsync(context, CancellationToken.None);
        var child = Assert.Single(_store.ChildrenOf(context.Current.Id));

        var waiting = plan[1].RunAsync(context, CancellationToken.None);
        await firstLook.Task.WaitAsync(Wait);
        _store.End(child.Id, TaskState.Completed, publish: false);
        Assert.False(waiting.IsCompleted);

        // nothing is published: only the poll interval passing makes the handler look again
        for (var i = 0; i < 100 && !waiting.IsCompleted; i++)
        {
            _time.Advance(BulkTenantTaskHandler.PollInterval);
            await Task.WhenAny(waiting, Task.Delay(50));
        }

        var result = await waiting.WaitAsync(Wait);
        Assert.True(result.IsSuccess);
        Assert.Equal(1, BulkTenantResult.Deserialize(context.Current.Result!)!.Succeeded);
    }

    [Fact]
    public async Task Wait_ParentCanceled_StopsWaiting()
    {
        var (context, plan) = Plan(BulkTenantAction.Activate, [Guid.NewGuid()]);
        await plan[0].RunAsync(context, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = plan[1].RunAsync(context, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Wait));
        Assert.Null(context.Current.Result);
    }

    private (TaskContext Context, IReadOnlyList<TaskStep> Plan) Plan(BulkTenantAction action, IReadOnlyList<Guid> tenants, Action? onProgress = null)
    {
        var parent = new ConsoleTask
        {
            Id = Guid.NewGuid(),
            Type = BulkTenantTaskHandler.TaskType,
            State = TaskState.Running,
            Input = TaskContext.SerializeInput(new BulkTenantInput(action, tenants)),
            CreatedBy = "admin",
        };
        var context = new TaskContext(parent, (_, _) =>
        {
            onProgress?.Invoke();
            return Task.CompletedTask;
        });
        return (context, _handler.Plan(context));
    }
}

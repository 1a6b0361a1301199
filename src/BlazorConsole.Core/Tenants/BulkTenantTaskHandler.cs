using BlazorConsole.Core.Common;
using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// Runs a bulk tenant task: queues one child task per tenant (ChangeTenantActivation or CreateTenantReport,
/// with <see cref="ConsoleTask.ParentId"/> set), then waits until every child has ended and completes with
/// one outcome per tenant (<see cref="BulkTenantResult"/>). A child that fails does not fail the parent: its
/// outcome says so, and <see cref="BulkTenantService.RetryFailedAsync"/> queues those tenants again.
/// The wait wakes on <see cref="TaskNotifier"/> and also polls, for children run by another node.
/// Canceling the parent cancels the children that have not started (the task store does that).
/// </summary>
/// <remarks>While it waits, the parent holds one of its worker's task slots; the children need the others.</remarks>
public sealed class BulkTenantTaskHandler(ITaskStore store, ITaskQueue queue, TaskNotifier notifier, TimeProvider time) : ITaskHandler
{
    /// <summary>The task type of a bulk tenant task.</summary>
    public const string TaskType = "BulkTenantAction";

    public const string QueuingStep = "Queuing a task per tenant";
    public const string WaitingStep = "Waiting for the tenant tasks";

    /// <summary>How often the wait looks at the children when no change was published in this process.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    public string Type => TaskType;

    public bool WaitsForChildren => true;

    public IReadOnlyList<TaskStep> Plan(TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input<BulkTenantInput>();
        return
        [
            new TaskStep(QueuingStep, (c, ct) => QueueChildrenAsync(c, input, ct)),
            new TaskStep(WaitingStep, (c, ct) => WaitForChildrenAsync(c, input, ct)),
        ];
    }

    /// <summary>The child task type for an action.</summary>
    public static string ChildType(BulkTenantAction action) =>
        action == BulkTenantAction.Report ? TaskTypes.CreateTenantReport : TaskTypes.ChangeTenantActivation;

    /// <summary>The child task's input for one tenant.</summary>
    public static object ChildInput(BulkTenantAction action, Guid tenantId) => action switch
    {
        BulkTenantAction.Activate => new ChangeTenantActivationInput(tenantId, true),
        BulkTenantAction.Deactivate => new ChangeTenantActivationInput(tenantId, false),
        _ => new CreateTenantReportInput(tenantId, null, null),
    };

    private async Task<Result> QueueChildrenAsync(TaskContext context, BulkTenantInput input, CancellationToken cancellationToken)
    {
        var parent = context.Current;

        // after a restart the step runs again: tenants that already have a child are not queued twice
        var queued = new HashSet<Guid>();
        await foreach (var child in store.StreamAsync(new TaskQuery { ParentId = parent.Id }, cancellationToken))
        {
            if (child.TenantId is { } tenantId)
            {
                queued.Add(tenantId);
            }
        }

        var done = 0;
        foreach (var tenantId in input.TenantIds)
        {
            if (queued.Add(tenantId))
            {
                var request = new TaskRequest(ChildType(input.Action), ChildInput(input.Action, tenantId))
                {
                    ParentId = parent.Id,
                    TenantId = tenantId,
                    CreatedBy = parent.CreatedBy,
                };
                await queue.EnqueueAsync(request, cancellationToken);
            }

            done++;
            if (done % 50 == 0)
            {
                await context.ReportProgressAsync(done * 100 / input.TenantIds.Count, cancellationToken);
            }
        }

        return Result.Success();
    }

    private async Task<Result> WaitForChildrenAsync(TaskContext context, BulkTenantInput input, CancellationToken cancellationToken)
    {
        var parentId = context.Current.Id;
        var lastEnded = -1;
        while (true)
        {
            var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnChanged(ConsoleTask task)
            {
                if (task.ParentId == parentId && task.State.IsFinal())
                {
                    changed.TrySetResult();
                }
            }

            // subscribed before reading, so that a child ending in between is not missed
            notifier.TaskChanged += OnChanged;
            try
            {
                var children = await ReadChildrenAsync(parentId, cancellationToken);
                var ended = children.Count(c => c.State.IsFinal());
                if (ended == children.Count)
                {
                    var outcomes = children.Select(c => new BulkTenantOutcome(c.TenantId ?? Guid.Empty, null, c.Id, c.State, c.Progress, c.ErrorCode, c.ErrorMessage));
                    context.SetResult(new BulkTenantResult(input.Action, [.. outcomes]).Serialize());
                    return Result.Success();
                }

                if (ended != lastEnded)
                {
                    lastEnded = ended;
                    await context.ReportProgressAsync(ended * 100 / children.Count, cancellationToken);
                }

                try
                {
                    await changed.Task.WaitAsync(PollInterval, time, cancellationToken);
                }
                catch (TimeoutException)
                {
                    // a child run by another node publishes nothing here: look again
                }
            }
            finally
            {
                notifier.TaskChanged -= OnChanged;
            }
        }
    }

    private async Task<List<ConsoleTask>> ReadChildrenAsync(Guid parentId, CancellationToken cancellationToken)
    {
        List<ConsoleTask> children = [];
        await foreach (var child in store.StreamAsync(new TaskQuery { ParentId = parentId }, cancellationToken))
        {
            children.Add(child);
        }

        return children;
    }
}

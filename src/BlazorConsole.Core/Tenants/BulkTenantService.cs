using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// Bulk actions on tenants (activate, deactivate, report): one parent task with a child task per tenant,
/// the live outcome per tenant, and "retry the failed ones" as a new bulk task over those tenants.
/// </summary>
public sealed class BulkTenantService(ITaskQueue queue, ITaskStore tasks, ITenantStore tenants)
{
    /// <summary>The most tenants one bulk task takes.</summary>
    public const int MaxTenants = 1000;

    /// <summary>Queues a bulk task over the given tenants (duplicates dropped); unknown tenants fail their own child.</summary>
    public async Task<Result<ConsoleTask>> StartAsync(BulkTenantAction action, IEnumerable<Guid> tenantIds, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantIds);
        if (!Enum.IsDefined(action))
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, "The bulk action must be Activate, Deactivate or Report.");
        }

        var ids = tenantIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0)
        {
            return BulkTenantErrors.NoTenants();
        }

        if (ids.Count > MaxTenants)
        {
            return BulkTenantErrors.TooManyTenants(MaxTenants);
        }

        var request = new TaskRequest(BulkTenantTaskHandler.TaskType, new BulkTenantInput(action, ids)) { CreatedBy = actor };
        return await queue.EnqueueAsync(request, cancellationToken);
    }

    /// <summary>The bulk task and one outcome per tenant, read from its children now (tenants not queued yet show as Queued).</summary>
    public async Task<Result<BulkTenantProgress>> GetAsync(Guid bulkTaskId, CancellationToken cancellationToken)
    {
        if (await tasks.GetAsync(bulkTaskId, cancellationToken) is not { } parent
            || parent.Type != BulkTenantTaskHandler.TaskType
            || TaskContext.DeserializeInput<BulkTenantInput>(parent.Input) is not { } input)
        {
            return BulkTenantErrors.NotABulkTask(bulkTaskId);
        }

        var children = new Dictionary<Guid, ConsoleTask>();
        await foreach (var child in tasks.StreamAsync(new TaskQuery { ParentId = bulkTaskId }, cancellationToken))
        {
            if (child.TenantId is { } tenantId)
            {
                children[tenantId] = child;
            }
        }

        List<BulkTenantOutcome> outcomes = [];
        foreach (var tenantId in input.TenantIds)
        {
            var name = (await tenants.GetAsync(tenantId, cancellationToken))?.Name;
            outcomes.Add(children.TryGetValue(tenantId, out var child)
                ? new BulkTenantOutcome(tenantId, name, child.Id, child.State, child.Progress, child.ErrorCode, child.ErrorMessage)
                : new BulkTenantOutcome(tenantId, name, Guid.Empty, parent.State.IsFinal() ? parent.State : TaskState.Queued, 0, parent.State.IsFinal() ? parent.ErrorCode : null, null));
        }

        return new BulkTenantProgress(parent, input.Action, outcomes);
    }

    /// <summary>Queues a new bulk task, same action, over the tenants whose child failed or was canceled.</summary>
    public async Task<Result<ConsoleTask>> RetryFailedAsync(Guid bulkTaskId, string actor, CancellationToken cancellationToken)
    {
        var progress = await GetAsync(bulkTaskId, cancellationToken);
        if (!progress.IsSuccess)
        {
            return progress.Error;
        }

        if (!progress.Value.Parent.State.IsFinal())
        {
            return BulkTenantErrors.StillRunning();
        }

        var failed = progress.Value.Outcomes.Where(o => o.IsFailure).Select(o => o.TenantId).ToList();
        return failed.Count == 0
            ? BulkTenantErrors.NothingFailed()
            : await StartAsync(progress.Value.Action, failed, actor, cancellationToken);
    }
}

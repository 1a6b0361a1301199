using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Tasks;

/// <summary>
/// The task centre's reads: filtered pages, a task's detail with its stage log, the unfinished count. Pages and
/// details hold only tasks of the caller's tenants (a task of no tenant only with all tenants), as in <see cref="TaskService"/>.
/// </summary>
public sealed class TaskCentreService(ITaskCentreStore store, IEnumerable<ITaskHandler> handlers, IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    private readonly Dictionary<string, ITaskHandler> _handlers = handlers.ToDictionary(h => h.Type, StringComparer.Ordinal);

    /// <summary>A page of tasks; a page size outside 1 to 100, a negative skip, an unknown type or from after to are refused.</summary>
    public async Task<Result<Page<ConsoleTask>>> ListAsync(TaskPageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take is < 1 or > TaskPageQuery.MaxTake || query.Skip < 0)
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, $"A page holds 1 to {TaskPageQuery.MaxTake} tasks and starts at 0 or later.");
        }

        if (query.Type is not null && !TaskTypes.All.Contains(query.Type, StringComparer.Ordinal))
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, $"The task type '{query.Type}' does not exist.");
        }

        if (query.CreatedFrom is { } from && query.CreatedTo is { } to && from > to)
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, "The start of the time range must not be after its end.");
        }

        return await store.ListAsync(query with { TenantIds = _access.Current.TenantFilter }, cancellationToken);
    }

    public Task<int> CountUnfinishedAsync(CancellationToken cancellationToken) => store.CountUnfinishedAsync(cancellationToken);

    /// <summary>The task, its parent, its children and its stage log; VIRMT_TaskWithSpecifiedIdNotFound when there is none.</summary>
    public async Task<Result<TaskDetail>> GetDetailAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } task || !_access.Current.Covers(task.TenantId))
        {
            return TaskErrors.NotFound(id);
        }

        var parent = task.ParentId is { } parentId ? await store.GetAsync(parentId, cancellationToken) : null;
        var children = await store.ListChildrenAsync(id, cancellationToken);
        return new TaskDetail(task, parent, children, StagesOf(task));
    }

    /// <summary>The stage log of a task as it is now (for live updates of a shown task).</summary>
    public IReadOnlyList<TaskStage> StagesOf(ConsoleTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return TaskStageLog.For(task, _handlers.GetValueOrDefault(task.Type));
    }
}

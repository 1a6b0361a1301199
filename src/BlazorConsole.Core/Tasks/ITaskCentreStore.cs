using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Tasks;

/// <summary>The reads of the task centre: a filtered page of tasks, a task's children, the unfinished count.</summary>
public interface ITaskCentreStore
{
    /// <summary>The page of tasks matching the query, newest first, and how many match in all.</summary>
    Task<Page<ConsoleTask>> ListAsync(TaskPageQuery query, CancellationToken cancellationToken);

    Task<ConsoleTask?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The children of a parent task, oldest first.</summary>
    Task<IReadOnlyList<ConsoleTask>> ListChildrenAsync(Guid parentId, CancellationToken cancellationToken);

    /// <summary>How many tasks have not ended (Created, Queued, Starting, Running or Stopping).</summary>
    Task<int> CountUnfinishedAsync(CancellationToken cancellationToken);
}

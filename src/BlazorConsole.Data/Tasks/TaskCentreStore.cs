using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Tasks;

/// <summary>The task centre's queries: filter, order (newest first) and skip/take in SQL.</summary>
internal sealed class TaskCentreStore(IDbContextFactory<ConsoleDbContext> factory) : ITaskCentreStore
{
    private static readonly TaskState[] Unfinished = [TaskState.Created, TaskState.Queued, TaskState.Starting, TaskState.Running, TaskState.Stopping];

    public async Task<Page<ConsoleTask>> ListAsync(TaskPageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var tasks = db.Tasks.AsNoTracking();
        if (query.State is { } state)
        {
            tasks = tasks.Where(t => t.State == state);
        }

        if (!string.IsNullOrEmpty(query.Type))
        {
            tasks = tasks.Where(t => t.Type == query.Type);
        }

        if (query.CreatedFrom is { } from)
        {
            tasks = tasks.Where(t => t.Created >= from);
        }

        if (query.CreatedTo is { } to)
        {
            tasks = tasks.Where(t => t.Created < to);
        }

        if (query.TenantIds is { } tenantIds)
        {
            tasks = tasks.Where(t => t.TenantId != null && tenantIds.Contains(t.TenantId.Value));
        }

        var total = await tasks.CountAsync(cancellationToken);
        var items = await tasks.OrderByDescending(t => t.Created).ThenByDescending(t => t.Id)
            .Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return new Page<ConsoleTask>(items, total);
    }

    public async Task<ConsoleTask?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<ConsoleTask>> ListChildrenAsync(Guid parentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Tasks.AsNoTracking().Where(t => t.ParentId == parentId)
            .OrderBy(t => t.Created).ThenBy(t => t.Id).ToListAsync(cancellationToken);
    }

    public async Task<int> CountUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Tasks.CountAsync(t => Unfinished.Contains(t.State), cancellationToken);
    }
}

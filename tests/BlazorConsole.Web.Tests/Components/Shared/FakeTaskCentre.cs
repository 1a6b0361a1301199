using System.Runtime.CompilerServices;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Web.Tests.Components.Shared;

/// <summary>
/// In-memory task rows for the task centre's reads and for cancel requests (the parts of <see cref="ITaskStore"/>
/// that <see cref="TaskService.CancelAsync"/> uses); the worker's members are not part of what pages do.
/// </summary>
public sealed class FakeTaskCentre : ITaskCentreStore, ITaskStore
{
    private static readonly DateTime Start = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);

    private readonly List<ConsoleTask> _tasks = [];

    public List<TaskPageQuery> ListQueries { get; } = [];

    public int GetCalls { get; private set; }

    /// <summary>How many of the next reads (lists, gets) throw, as a database that is down would.</summary>
    public int FailNextReads { get; set; }

    /// <summary>When set, reads wait for it, so a test can observe the loading state.</summary>
    public TaskCompletionSource? ReadGate { get; set; }

    public ConsoleTask Add(string type, TaskState state, int progress = 0, string? stage = null, Guid? parentId = null, int stepsDone = 0)
    {
        var created = Start.AddMinutes(_tasks.Count);
        var task = new ConsoleTask
        {
            Id = Guid.NewGuid(),
            Type = type,
            State = state,
            Progress = progress,
            Stage = stage,
            StepsDone = stepsDone,
            ParentId = parentId,
            CreatedBy = "admin",
            Created = created,
            StateChanged = created,
            Changed = created,
        };
        _tasks.Add(task);
        return task;
    }

    public async Task<Page<ConsoleTask>> ListAsync(TaskPageQuery query, CancellationToken cancellationToken)
    {
        ListQueries.Add(query);
        await ReadAsync(cancellationToken);
        var rows = _tasks.Where(t => (query.State is null || t.State == query.State) && (query.Type is null || t.Type == query.Type)
            && (query.CreatedFrom is null || t.Created >= query.CreatedFrom) && (query.CreatedTo is null || t.Created < query.CreatedTo))
            .OrderByDescending(t => t.Created).ToList();
        return new Page<ConsoleTask>([.. rows.Skip(query.Skip).Take(query.Take).Select(t => t.Snapshot())], rows.Count);
    }

    public async Task<ConsoleTask?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        GetCalls++;
        await ReadAsync(cancellationToken);
        return _tasks.FirstOrDefault(t => t.Id == id)?.Snapshot();
    }

    public Task<IReadOnlyList<ConsoleTask>> ListChildrenAsync(Guid parentId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConsoleTask>>([.. _tasks.Where(t => t.ParentId == parentId).OrderBy(t => t.Created).Select(t => t.Snapshot())]);

    public Task<int> CountUnfinishedAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_tasks.Count(t => !t.State.IsFinal()));

    public async IAsyncEnumerable<ConsoleTask> StreamAsync(TaskQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var task in _tasks.Where(t => query.ParentId is null || t.ParentId == query.ParentId).ToList())
        {
            yield return task.Snapshot();
        }
    }

    public Task<CancelOutcome> RequestCancelAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        var task = _tasks.FirstOrDefault(t => t.Id == id);
        var outcome = task switch
        {
            null => CancelOutcome.NotFound,
            { ParentId: not null } => CancelOutcome.ChildTask,
            _ when task.State.IsFinal() => CancelOutcome.AlreadyFinal,
            { State: TaskState.Created or TaskState.Queued } => CancelOutcome.Canceled,
            _ => CancelOutcome.Stopping,
        };
        if (outcome == CancelOutcome.Canceled)
        {
            task!.State = TaskState.Canceled;
            task.ErrorCode = TaskErrors.CanceledCode;
            task.ErrorMessage = "The task was canceled before it started.";
        }
        else if (outcome == CancelOutcome.Stopping)
        {
            task!.State = TaskState.Stopping;
            task.CancelRequested = true;
        }

        return Task.FromResult(outcome);
    }

    public Task<bool> ReplaceFinalInputAsync(Guid id, string input, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task AddAsync(ConsoleTask task, CancellationToken cancellationToken) => throw NotUsed();

    public Task<IReadOnlyList<Guid>> ListQueuedAsync(int limit, CancellationToken cancellationToken) => throw NotUsed();

    public Task<bool> TryClaimAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken) => throw NotUsed();

    public Task<bool> TryRequeueAsync(Guid id, string worker, DateTime now, CancellationToken cancellationToken) => throw NotUsed();

    public Task<bool> SaveAsync(ConsoleTask task, CancellationToken cancellationToken) => throw NotUsed();

    public Task<bool> IsCancelRequestedAsync(Guid id, CancellationToken cancellationToken) => throw NotUsed();

    public Task<int> RenewLeasesAsync(string worker, IReadOnlyCollection<Guid> ids, DateTime leaseExpires, CancellationToken cancellationToken) => throw NotUsed();

    public Task<IReadOnlyList<Guid>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken) => throw NotUsed();

    public Task<bool> TryTakeOverAsync(Guid id, string worker, DateTime now, DateTime leaseExpires, CancellationToken cancellationToken) => throw NotUsed();

    public Task<int> PurgeAsync(DateTime changedBefore, CancellationToken cancellationToken) => throw NotUsed();

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        if (ReadGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (FailNextReads > 0)
        {
            FailNextReads--;
            throw new InvalidOperationException("database is locked (secret detail)");
        }
    }

    private static NotSupportedException NotUsed([CallerMemberName] string member = "") =>
        new($"{member} belongs to the task worker; pages never call it.");
}

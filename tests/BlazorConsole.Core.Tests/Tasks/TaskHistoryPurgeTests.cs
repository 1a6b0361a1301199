using BlazorConsole.Core.Tasks;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorConsole.Core.Tests.Tasks;

public sealed class TaskHistoryPurgeTests
{
    private static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    [Fact]
    public async Task PurgeIfDue_FirstCall_DeletesOnlyFinalTasksOlderThanTheHistory()
    {
        var harness = new TaskHarness();
        var now = harness.Time.GetUtcNow().UtcDateTime;
        var oldDone = await AddAsync(harness, TaskState.Completed, now.AddDays(-31));
        var oldRunning = await AddAsync(harness, TaskState.Running, now.AddDays(-31));
        var recentFailed = await AddAsync(harness, TaskState.Failed, now.AddDays(-29));
        var purge = new TaskHistoryPurge(harness.Store, harness.Time, NullLogger<TaskHistoryPurge>.Instance);

        var purged = await purge.PurgeIfDueAsync(Keep, CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Null(await harness.Store.GetAsync(oldDone, CancellationToken.None));
        Assert.NotNull(await harness.Store.GetAsync(oldRunning, CancellationToken.None));
        Assert.NotNull(await harness.Store.GetAsync(recentFailed, CancellationToken.None));
    }

    [Fact]
    public async Task PurgeIfDue_WithinTheHour_DoesNothingThenPurgesWhenTheHourHasPassed()
    {
        var harness = new TaskHarness();
        var purge = new TaskHistoryPurge(harness.Store, harness.Time, NullLogger<TaskHistoryPurge>.Instance);
        await purge.PurgeIfDueAsync(Keep, CancellationToken.None);
        var now = harness.Time.GetUtcNow().UtcDateTime;
        var aging = await AddAsync(harness, TaskState.Canceled, now.AddDays(-30).AddMinutes(30));

        harness.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await purge.PurgeIfDueAsync(Keep, CancellationToken.None));
        Assert.NotNull(await harness.Store.GetAsync(aging, CancellationToken.None));

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await purge.PurgeIfDueAsync(Keep, CancellationToken.None));
        Assert.Null(await harness.Store.GetAsync(aging, CancellationToken.None));
    }

    private static async Task<Guid> AddAsync(TaskHarness harness, TaskState state, DateTime changed)
    {
        var task = new ConsoleTask { Id = Guid.NewGuid(), Type = "Any", State = state, Created = changed, StateChanged = changed, Changed = changed };
        await harness.Store.AddAsync(task, CancellationToken.None);
        return task.Id;
    }
}

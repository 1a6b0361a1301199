using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Data.Tasks;
using BlazorConsole.Data.Tests.Common;

namespace BlazorConsole.Data.Tests.Tasks;

public sealed class TaskCentreStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabase _database = new();
    private readonly TaskCentreStore _store;
    private readonly TaskCentreService _service;

    public TaskCentreStoreTests()
    {
        _store = new TaskCentreStore(_database.Factory);
        _service = new TaskCentreService(_store, []);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task List_FiltersByStateTypeAndTime_NewestFirstWithTheTotal()
    {
        var old = await AddAsync(TaskTypes.CreateTenant, TaskState.Completed, Now.AddDays(-3));
        var a = await AddAsync(TaskTypes.CreateTenant, TaskState.Completed, Now.AddHours(-2));
        var b = await AddAsync(TaskTypes.CreateTenant, TaskState.Completed, Now.AddHours(-1));
        await AddAsync(TaskTypes.CreateTenant, TaskState.Failed, Now.AddHours(-1));
        await AddAsync(TaskTypes.DeleteTenant, TaskState.Completed, Now.AddHours(-1));

        var page = await _store.ListAsync(new TaskPageQuery { State = TaskState.Completed, Type = TaskTypes.CreateTenant, CreatedFrom = Now.AddDays(-1) }, default);
        var all = await _store.ListAsync(new TaskPageQuery { State = TaskState.Completed, Type = TaskTypes.CreateTenant }, default);

        Assert.Equal([b.Id, a.Id], page.Items.Select(t => t.Id));
        Assert.Equal(2, page.Total);
        Assert.Equal([b.Id, a.Id, old.Id], all.Items.Select(t => t.Id));
    }

    [Fact]
    public async Task List_SecondPage_SkipsInSqlAndKeepsTheTotal()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await AddAsync(TaskTypes.CreateTenant, TaskState.Queued, Now.AddMinutes(i))).Id);
        }

        var page = await _store.ListAsync(new TaskPageQuery { Skip = 2, Take = 2 }, default);

        Assert.Equal([ids[2], ids[1]], page.Items.Select(t => t.Id));
        Assert.Equal(5, page.Total);
    }

    [Fact]
    public async Task CountUnfinished_CountsEveryStateThatHasNotEnded()
    {
        foreach (var state in Enum.GetValues<TaskState>())
        {
            await AddAsync(TaskTypes.CreateTenant, state, Now);
        }

        Assert.Equal(5, await _store.CountUnfinishedAsync(default));
    }

    [Fact]
    public async Task GetDetail_Parent_HasItsChildrenOldestFirst()
    {
        var parent = await AddAsync(TaskTypes.ChangeTenantActivation, TaskState.Running, Now);
        var second = await AddAsync(TaskTypes.ChangeTenantActivation, TaskState.Queued, Now.AddSeconds(2), parent.Id);
        var first = await AddAsync(TaskTypes.ChangeTenantActivation, TaskState.Completed, Now.AddSeconds(1), parent.Id);

        var detail = await _service.GetDetailAsync(parent.Id, default);
        var child = await _service.GetDetailAsync(first.Id, default);

        Assert.Equal([first.Id, second.Id], detail.Value!.Children.Select(c => c.Id));
        Assert.Equal(parent.Id, child.Value!.Parent!.Id);
        Assert.Equal(TaskErrors.NotFoundCode, (await _service.GetDetailAsync(Guid.NewGuid(), default)).Error!.Code);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(101, 0)]
    [InlineData(25, -1)]
    public async Task List_PageOutOfBounds_IsRefused(int take, int skip)
    {
        var result = await _service.ListAsync(new TaskPageQuery { Take = take, Skip = skip }, default);

        Assert.Equal(ErrorCodes.InvalidParameterValue, result.Error!.Code);
    }

    [Fact]
    public async Task List_UnknownTypeOrReversedRange_IsRefused()
    {
        Assert.False((await _service.ListAsync(new TaskPageQuery { Type = "DropTables" }, default)).IsSuccess);
        Assert.False((await _service.ListAsync(new TaskPageQuery { CreatedFrom = Now, CreatedTo = Now.AddDays(-1) }, default)).IsSuccess);
    }

    private async Task<ConsoleTask> AddAsync(string type, TaskState state, DateTime created, Guid? parentId = null)
    {
        var task = new ConsoleTask { Id = Guid.NewGuid(), Type = type, State = state, Created = created, StateChanged = created, Changed = created, ParentId = parentId };
        await new TaskStore(_database.Factory).AddAsync(task, default);
        return task;
    }
}

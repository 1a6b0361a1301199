using BlazorConsole.Core.Access;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Tests.Components.Shared;

namespace BlazorConsole.Web.Tests.Access;

public sealed class TaskCentreScopeTests
{
    [Fact]
    public async Task ListAndDetail_ScopeOfOneTenant_ListsOnlyItsTasksAndHidesTheOthers()
    {
        var acme = Guid.NewGuid();
        var store = new FakeTaskCentre();
        var own = store.Add(TaskTypes.All[0], TaskState.Completed);
        own.TenantId = acme;
        var other = store.Add(TaskTypes.All[0], TaskState.Completed);
        other.TenantId = Guid.NewGuid();
        var global = store.Add(TaskTypes.All[0], TaskState.Completed);
        var service = new TaskCentreService(store, [], new FixedScope(new AccessScope(ConsoleRoles.Operator, false, new HashSet<Guid> { acme })));

        var list = await service.ListAsync(new TaskPageQuery(), CancellationToken.None);
        var ownDetail = await service.GetDetailAsync(own.Id, CancellationToken.None);
        var otherDetail = await service.GetDetailAsync(other.Id, CancellationToken.None);
        var globalDetail = await service.GetDetailAsync(global.Id, CancellationToken.None);

        Assert.True(list.IsSuccess);
        Assert.Equal([acme], Assert.Single(store.ListQueries).TenantIds);
        Assert.True(ownDetail.IsSuccess);
        Assert.Equal(TaskErrors.NotFound(other.Id).Code, otherDetail.Error!.Code);
        Assert.Equal(TaskErrors.NotFound(global.Id).Code, globalDetail.Error!.Code);
    }

    private sealed class FixedScope(AccessScope scope) : IAccessScope
    {
        public AccessScope Current => scope;
    }
}

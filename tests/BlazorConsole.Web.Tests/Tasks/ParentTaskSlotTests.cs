using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Tests.Api.Common;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Tasks;

public sealed class ParentTaskSlotTests
{
    [Fact]
    public async Task Run_BulkTaskWithOneSlot_ItsChildrenStillRunAndItCompletes()
    {
        using var factory = new ConsoleFactory();
        factory.Settings["Tasks:MaxConcurrency"] = "1";
        var first = await factory.AddTenantAsync();
        var second = await factory.AddTenantAsync();
        var bulk = factory.Services.GetRequiredService<BulkTenantService>();

        var started = await bulk.StartAsync(BulkTenantAction.Activate, [first.Id, second.Id], ConsoleFactory.AdminUserName, CancellationToken.None);

        var ended = await WaitEndedAsync(factory, started.Value!.Id);
        Assert.Equal(TaskState.Completed, ended.State);
        var progress = await bulk.GetAsync(started.Value.Id, CancellationToken.None);
        Assert.All(progress.Value!.Outcomes, o => Assert.Equal(TaskState.Completed, o.State));
    }

    private static async Task<ConsoleTask> WaitEndedAsync(ConsoleFactory factory, Guid id)
    {
        var tasks = factory.Services.GetRequiredService<TaskService>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var task = (await tasks.GetAsync(id, CancellationToken.None)).Value!;
            if (task.State.IsFinal())
            {
                return task;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The bulk task is still {task.State}: its children never got a slot.");
            await Task.Delay(100);
        }
    }
}

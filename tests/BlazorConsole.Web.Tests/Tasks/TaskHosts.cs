using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Tests.Common;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Tasks;

/// <summary>Console hosts on one SQLite file, each with the gated test handler and a 100 ms poll interval.</summary>
internal static class TaskHosts
{
    public static ConsoleFactory NewRoot()
    {
        var root = new ConsoleFactory();
        root.Settings["Tasks:PollInterval"] = "00:00:00.100";
        return root;
    }

    /// <summary>Starts another host on the root's database file.</summary>
    public static WebApplicationFactory<Program> Start(ConsoleFactory root, GateProbe probe, string host)
    {
        var factory = root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ITaskHandler>(new GatedTaskHandler(probe, host))));
        _ = factory.Services;
        return factory;
    }

    public static Task<ConsoleTask> EnqueueAsync(WebApplicationFactory<Program> host) =>
        host.Services.GetRequiredService<ITaskQueue>().EnqueueAsync(new TaskRequest(GatedTaskHandler.TypeName, new { }), CancellationToken.None);

    public static Task<ConsoleTask?> GetAsync(WebApplicationFactory<Program> host, Guid id) =>
        host.Services.GetRequiredService<ITaskStore>().GetAsync(id, CancellationToken.None);

    /// <summary>Polls the row until it is in a final state; fails after 30 s.</summary>
    public static async Task<ConsoleTask> EndedAsync(WebApplicationFactory<Program> host, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var task = await GetAsync(host, id);
            if (task is not null && task.State.IsFinal())
            {
                return task;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Task {id} did not end; it is {task?.State}.");
            await Task.Delay(50);
        }
    }
}

using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Tests.Common;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Tasks;

/// <summary>Console hosts on one SQLite file, each with the gated test handler, a 100 ms poll interval and a 3 s lease.</summary>
internal static class TaskHosts
{
    /// <summary>Short, so that recovery tests wait little, yet long enough that a loaded machine renews it in time.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(3);

    public static ConsoleFactory NewRoot()
    {
        var root = new ConsoleFactory();
        root.Settings["Tasks:PollInterval"] = "00:00:00.100";
        root.Settings["Tasks:LeaseDuration"] = LeaseDuration.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
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

    /// <summary>Polls the row until its lease reaches <paramref name="until"/> (renewed by its holder); fails after 30 s.</summary>
    public static async Task<ConsoleTask> LeaseRenewedUntilAsync(WebApplicationFactory<Program> host, Guid id, DateTime until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var task = await GetAsync(host, id);
            if (task?.LeaseExpires >= until || task is null || task.State.IsFinal())
            {
                return task!;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The lease of task {id} was not renewed until {until:O}; it is {task.LeaseExpires:O}.");
            await Task.Delay(50);
        }
    }
}

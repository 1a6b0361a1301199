using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Tests.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Common;

/// <summary>
/// Holds a console's task worker: its only slot runs a gated task until <see cref="Release"/>, so tasks the
/// test queues meanwhile stay Queued (for the states the API must answer while a task waits).
/// </summary>
public sealed class HeldWorker : IAsyncLifetime
{
    private readonly GateProbe _probe = new();

    public HeldWorker()
    {
        Factory.Settings["Tasks:MaxConcurrency"] = "1";
        Factory.Settings["Tasks:PollInterval"] = "00:00:00.100";
        Factory.TestServices.Add(services => services.AddSingleton<ITaskHandler>(new GatedTaskHandler(_probe, "held")));
    }

    public ConsoleFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        var gate = await Factory.Services.GetRequiredService<ITaskQueue>()
            .EnqueueAsync(new TaskRequest(GatedTaskHandler.TypeName, new { }), CancellationToken.None);
        await _probe.EnteredAsync(gate.Id);
    }

    /// <summary>Lets the worker go on with the tasks queued meanwhile.</summary>
    public void Release() => _probe.Release.TrySetResult();

    public Task DisposeAsync()
    {
        Release();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

using BlazorConsole.Core.Tenants;
using BlazorConsole.E2E.Common;
using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Sandbox.Mdr;
using BlazorConsole.Web.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.E2E.Integrations;

/// <summary>
/// A console and browser of their own for the MDR flow, with the sandbox's Autotask and MDR simulators. The polling
/// worker waits a day between passes, so the flow's Sync now is the only pass that runs.
/// </summary>
public sealed class MdrFlowFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new QuietWorkerBrowserFixture();

    public AutotaskSimulator Autotask => Simulators.Autotask ?? throw new InvalidOperationException("The sandbox's Autotask simulator is not running.");

    public MdrSimulator Mdr => Simulators.Mdr ?? throw new InvalidOperationException("The sandbox's MDR simulator is not running.");

    private SandboxSimulators Simulators => Browser.Server.Services.GetRequiredService<SandboxSimulators>();

    public Task InitializeAsync() => Browser.InitializeAsync();

    public Task DisposeAsync() => Browser.DisposeAsync();

    /// <summary>A console tenant named <paramref name="name"/>.</summary>
    public async Task AddTenantAsync(string name)
    {
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Type = TenantType.Simple, Status = TenantStatus.Active, Created = DateTime.UtcNow, Updated = DateTime.UtcNow };
        var added = await Browser.Server.Services.GetRequiredService<ITenantStore>().AddAsync(tenant, CancellationToken.None);
        if (!added.IsSuccess)
        {
            throw new InvalidOperationException(added.Error.Message);
        }
    }

    private sealed class QuietWorkerBrowserFixture : BrowserFixture
    {
        protected override void Configure(ConsoleServer server) => server.Settings["MdrSync:PollSeconds"] = "86400";
    }
}

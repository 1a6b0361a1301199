using BlazorConsole.Core.Tasks;
using BlazorConsole.E2E.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.E2E.Shell;

/// <summary>
/// A server of its own for the shell, task centre, report and accessibility flows: protection reports on, and a
/// test-only slow task type to cancel. Its own server keeps the tenants these flows create away from the other flows.
/// </summary>
public sealed class ShellBrowserFixture : BrowserFixture
{
    protected override void Configure(ConsoleServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        server.Settings["Multitenancy:EnableProtectionReports"] = "true";
        server.TestServices.Add(services => services.AddSingleton<ITaskHandler, SlowTaskHandler>());
    }
}

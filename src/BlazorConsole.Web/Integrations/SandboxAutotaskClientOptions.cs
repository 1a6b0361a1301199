using BlazorConsole.Clients.Autotask;
using BlazorConsole.Web.Sandbox;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Integrations;

/// <summary>While the sandbox runs its Autotask simulator, the client looks up zones there and pins its certificate.</summary>
internal sealed class SandboxAutotaskClientOptions(SandboxSimulators simulators) : IPostConfigureOptions<AutotaskClientOptions>
{
    public void PostConfigure(string? name, AutotaskClientOptions options)
    {
        if (simulators.Autotask is { } simulator)
        {
            options.DiscoveryAddress = simulator.DiscoveryAddress.ToString();
            options.PinnedThumbprint = simulator.CertificateThumbprint;
        }
    }
}

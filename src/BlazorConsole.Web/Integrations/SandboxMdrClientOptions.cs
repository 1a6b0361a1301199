using BlazorConsole.Clients.Mdr;
using BlazorConsole.Web.Sandbox;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Integrations;

/// <summary>
/// While the sandbox runs its MDR simulator, the MDR client trusts the simulator's self-signed certificate for the
/// simulator's <c>host:port</c> only; every other address (the real MDR) keeps normal certificate validation.
/// </summary>
internal sealed class SandboxMdrClientOptions(SandboxSimulators simulators) : IPostConfigureOptions<MdrClientOptions>
{
    public void PostConfigure(string? name, MdrClientOptions options)
    {
        if (simulators.Mdr is { } simulator)
        {
            options.PinnedThumbprint = simulator.CertificateThumbprint;
            options.PinnedAuthority = simulator.Authority;
        }
    }
}

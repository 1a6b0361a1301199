using BlazorConsole.Clients.Mdr;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Sandbox.Mdr;
using BlazorConsole.Web.Sandbox;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Tests.Integrations;

/// <summary>The console's own MDR client against the MDR simulator the Development sandbox starts.</summary>
public sealed class MdrSandboxHostingTests
{
    [Fact]
    public async Task SandboxEnabled_ConsoleClientExchangesATokenTheSimulatorIssued()
    {
        using var factory = new ConsoleFactory();
        factory.Settings["Sandbox:Enabled"] = "true";
        using var _ = factory.CreateClient();
        var simulator = factory.Services.GetRequiredService<SandboxSimulators>().Mdr;
        Assert.NotNull(simulator);
        var client = factory.Services.GetRequiredService<IMdrClient>();

        var grant = await client.ExchangeAsync(new MdrEndpoint(simulator.BaseUrl, MdrSeedData.FullAccessClientId), simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId), CancellationToken.None);

        Assert.True(grant.IsSuccess, grant.Error?.Message);
        Assert.Equal(MdrSeedData.FullAccessName, grant.Value.Profile.ConnectionName);
        var options = factory.Services.GetRequiredService<IOptions<MdrClientOptions>>().Value;
        Assert.Equal((simulator.CertificateThumbprint, simulator.Authority), (options.PinnedThumbprint, options.PinnedAuthority));
    }

    [Fact]
    public void SandboxDisabled_NoSimulatorAndNothingPinned()
    {
        using var factory = new ConsoleFactory();
        using var _ = factory.CreateClient();

        Assert.Null(factory.Services.GetRequiredService<SandboxSimulators>().Mdr);
        var options = factory.Services.GetRequiredService<IOptions<MdrClientOptions>>().Value;
        Assert.True(string.IsNullOrEmpty(options.PinnedThumbprint) && string.IsNullOrEmpty(options.PinnedAuthority));
    }
}

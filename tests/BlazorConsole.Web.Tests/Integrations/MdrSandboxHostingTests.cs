using BlazorConsole.Clients.Mdr;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Sandbox.Mdr;
using BlazorConsole.Web.Sandbox;
using BlazorConsole.Web.Tests.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Tests.Integrations;

/// <summary>The console's own MDR client against the MDR simulator the Development sandbox starts.</summary>
public sealed class MdrSandboxHostingTests
{
    [Fact]
    public async Task SandboxEnabled_ConsoleClientExchangesAndReadsWithoutLoggingTokens()
    {
        using var host = new AccessHost(settings => settings["Sandbox:Enabled"] = "true");
        var simulator = host.Services.GetRequiredService<SandboxSimulators>().Mdr;
        Assert.NotNull(simulator);
        var client = host.Services.GetRequiredService<IMdrClient>();
        var endpoint = new MdrEndpoint(simulator.BaseUrl, MdrSeedData.FullAccessClientId);
        var refreshToken = simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);

        var grant = await client.ExchangeAsync(endpoint, refreshToken, CancellationToken.None);
        Assert.True(grant.IsSuccess, grant.Error?.Message);
        var count = await client.CountIncidentsAsync(endpoint, grant.Value.AccessToken, new MdrIncidentQuery(null), CancellationToken.None);

        Assert.Equal(simulator.Snapshot().Incidents.Count, count.Value);
        Assert.Equal(MdrSeedData.FullAccessName, grant.Value.Profile.ConnectionName);
        var options = host.Services.GetRequiredService<IOptions<MdrClientOptions>>().Value;
        Assert.Equal((simulator.CertificateThumbprint, simulator.Authority), (options.PinnedThumbprint, options.PinnedAuthority));
        // every category is captured at Trace: no token reaches a log
        foreach (var token in new[] { refreshToken, grant.Value.AccessToken, grant.Value.RefreshToken })
        {
            Assert.DoesNotContain(host.Logs.Entries, entry => entry.Message.Contains(token, StringComparison.Ordinal) || (entry.Exception?.Contains(token, StringComparison.Ordinal) ?? false));
        }
    }

    [Fact]
    public void SandboxDisabled_NoSimulatorAndNothingPinned()
    {
        using var host = new AccessHost();

        Assert.Null(host.Services.GetRequiredService<SandboxSimulators>().Mdr);
        var options = host.Services.GetRequiredService<IOptions<MdrClientOptions>>().Value;
        Assert.True(string.IsNullOrEmpty(options.PinnedThumbprint) && string.IsNullOrEmpty(options.PinnedAuthority));
    }
}

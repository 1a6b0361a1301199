using BlazorConsole.Clients.Mdr;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Sandbox.Mdr;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Tests.Mdr;

public sealed class MdrCertificateTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Exchange_AnotherServerWithItsOwnCertificate_UnreachableBecauseNotTrusted()
    {
        await using var bed = await MdrTestBed.StartAsync();
        await using var other = await MdrSimulator.StartAsync();
        var token = other.IssueRefreshToken(MdrSeedData.FullAccessClientId);

        var error = MdrAssert.Failure(await bed.Client.ExchangeAsync(new MdrEndpoint(other.BaseUrl, MdrSeedData.FullAccessClientId), token, None), MdrErrors.UnreachableCode);

        Assert.Contains("not trusted", error.Message, StringComparison.Ordinal);
        Assert.Empty(other.Calls);
    }

    [Fact]
    public async Task Exchange_PinnedAuthorityPresentsAnotherCertificate_UnreachableBecauseNotThePinnedOne()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var token = bed.Simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);
        bed.Simulator.RotateCertificate();

        var error = MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, token, None), MdrErrors.UnreachableCode);

        Assert.Contains("other than the pinned one", error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Simulator.Calls);
    }

    [Fact]
    public async Task Exchange_ThumbprintPinnedForAnotherAuthority_NotTrustedHere()
    {
        await using var simulator = await MdrSimulator.StartAsync();
        var options = MdrTestBed.FastOptions(simulator);
        options.PinnedAuthority = "localhost:1";
        using var client = new MdrClient(Options.Create(options), TimeProvider.System);

        var error = MdrAssert.Failure(
            await client.ExchangeAsync(new MdrEndpoint(simulator.BaseUrl, MdrSeedData.FullAccessClientId), simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId), None),
            MdrErrors.UnreachableCode);

        Assert.Contains("not trusted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchange_NothingPinned_SandboxCertificateNotTrusted()
    {
        await using var simulator = await MdrSimulator.StartAsync();
        using var client = new MdrClient(Options.Create(new MdrClientOptions()), TimeProvider.System);

        MdrAssert.Failure(
            await client.ExchangeAsync(new MdrEndpoint(simulator.BaseUrl, MdrSeedData.FullAccessClientId), simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId), None),
            MdrErrors.UnreachableCode);
    }
}

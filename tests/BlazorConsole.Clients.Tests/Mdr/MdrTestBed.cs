using BlazorConsole.Clients.Mdr;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Sandbox.Mdr;

namespace BlazorConsole.Clients.Tests.Mdr;

/// <summary>An MDR simulator on 127.0.0.1 and a client pinned to its certificate for its authority only, with short retry delays.</summary>
internal sealed class MdrTestBed : IAsyncDisposable
{
    private MdrTestBed(MdrSimulator simulator, MdrClient client, MdrClientOptions options)
    {
        Simulator = simulator;
        Client = client;
        Options = options;
    }

    public MdrSimulator Simulator { get; }

    public MdrClient Client { get; }

    public MdrClientOptions Options { get; }

    public MdrEndpoint Full => Endpoint(MdrSeedData.FullAccessClientId);

    public static MdrClientOptions FastOptions(MdrSimulator simulator) => new()
    {
        PinnedThumbprint = simulator.CertificateThumbprint,
        PinnedAuthority = simulator.Authority,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        RequestTimeout = TimeSpan.FromSeconds(15),
        TotalRequestTimeout = TimeSpan.FromSeconds(60),
        MaxRetries = 3,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    public static async Task<MdrTestBed> StartAsync(MdrSimulatorOptions? simulatorOptions = null, Action<MdrClientOptions>? configure = null)
    {
        var simulator = await MdrSimulator.StartAsync(simulatorOptions);
        var options = FastOptions(simulator);
        configure?.Invoke(options);
        return new MdrTestBed(simulator, new MdrClient(Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System), options);
    }

    public MdrEndpoint Endpoint(string clientId) => new(Simulator.BaseUrl, clientId);

    /// <summary>Issues a refresh token for <paramref name="clientId"/> and exchanges it; the grant.</summary>
    public async Task<MdrTokenGrant> ConnectAsync(string clientId = MdrSeedData.FullAccessClientId)
    {
        var grant = await Client.ExchangeAsync(Endpoint(clientId), Simulator.IssueRefreshToken(clientId), CancellationToken.None);
        return MdrAssert.Success(grant);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}

/// <summary>Assertions on <see cref="Result"/> values.</summary>
internal static class MdrAssert
{
    public static T Success<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code + ": " + result.Error?.Message);
        return result.Value;
    }

    public static Error Failure<T>(Result<T> result, string code)
    {
        Assert.False(result.IsSuccess, "expected " + code);
        Assert.Equal(code, result.Error.Code);
        return result.Error;
    }
}

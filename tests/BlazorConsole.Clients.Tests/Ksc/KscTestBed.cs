using BlazorConsole.Clients.Ksc;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Sandbox.Ksc;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Tests.Ksc;

/// <summary>A KSC simulator on 127.0.0.1 and a connector pinned to its certificate, with short retry delays.</summary>
internal sealed class KscTestBed : IAsyncDisposable
{
    private KscTestBed(KscSimulator simulator, KscConnector connector)
    {
        Simulator = simulator;
        Connector = connector;
    }

    public KscSimulator Simulator { get; }

    public KscConnector Connector { get; }

    /// <summary>The main administrator, pinned to the simulator's current certificate.</summary>
    public KscEndpoint Endpoint => new(
        Simulator.Host,
        Simulator.Port,
        Simulator.Options.AdminUserName,
        Simulator.Options.AdminPassword,
        Simulator.CertificateThumbprint);

    public static KscClientOptions FastOptions() => new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(5),
        RequestTimeout = TimeSpan.FromSeconds(10),
        TotalRequestTimeout = TimeSpan.FromSeconds(30),
        MaxRetries = 3,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    public static async Task<KscTestBed> StartAsync(KscClientOptions? clientOptions = null, KscSimulatorOptions? simulatorOptions = null)
    {
        var simulator = await KscSimulator.StartAsync(simulatorOptions ?? new KscSimulatorOptions { ActionCheckDelay = TimeSpan.FromMilliseconds(20) });
        return new KscTestBed(simulator, new KscConnector(Options.Create(clientOptions ?? FastOptions()), TimeProvider.System));
    }

    public async Task<IKscSession> OpenAsync()
    {
        var opened = await Connector.OpenAsync(Endpoint, CancellationToken.None);
        Assert.True(opened.IsSuccess, opened.Error?.Message);
        return opened.Value;
    }

    public async ValueTask DisposeAsync()
    {
        Connector.Dispose();
        await Simulator.DisposeAsync();
    }
}

/// <summary>Assertions on <see cref="Result"/> values.</summary>
internal static class ResultAssert
{
    public static T Success<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code + ": " + result.Error?.Message);
        return result.Value;
    }

    public static void Success(Result result) => Assert.True(result.IsSuccess, result.Error?.Code + ": " + result.Error?.Message);

    public static Error Failure<T>(Result<T> result, string code)
    {
        Assert.False(result.IsSuccess, "expected " + code);
        Assert.Equal(code, result.Error.Code);
        return result.Error;
    }

    public static Error Failure(Result result, string code)
    {
        Assert.False(result.IsSuccess, "expected " + code);
        Assert.Equal(code, result.Error.Code);
        return result.Error;
    }
}

using BlazorConsole.Clients.Autotask;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Tests.Autotask;

/// <summary>An Autotask simulator on 127.0.0.1 and a connector pointed at it, pinned to its certificate, with short retry delays.</summary>
internal sealed class AutotaskTestBed : IAsyncDisposable
{
    private AutotaskTestBed(AutotaskSimulator simulator, AutotaskConnector connector)
    {
        Simulator = simulator;
        Connector = connector;
    }

    public AutotaskSimulator Simulator { get; }

    public AutotaskConnector Connector { get; }

    public static AutotaskCredentials Full => new(AutotaskSandboxUsers.FullUserName, AutotaskSandboxUsers.FullSecret, AutotaskSandboxUsers.IntegrationCode);

    public static AutotaskCredentials As(string userName, string secret) => new(userName, secret, AutotaskSandboxUsers.IntegrationCode);

    public static AutotaskClientOptions FastOptions(AutotaskSimulator simulator) => new()
    {
        DiscoveryAddress = simulator.DiscoveryAddress.ToString(),
        PinnedThumbprint = simulator.CertificateThumbprint,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        RequestTimeout = TimeSpan.FromSeconds(15),
        TotalRequestTimeout = TimeSpan.FromSeconds(60),
        MaxRetries = 4,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    public static async Task<AutotaskTestBed> StartAsync(
        AutotaskSimulatorOptions? simulatorOptions = null,
        Action<AutotaskClientOptions>? configure = null,
        TimeProvider? clientTime = null)
    {
        var simulator = await AutotaskSimulator.StartAsync(simulatorOptions);
        var options = FastOptions(simulator);
        configure?.Invoke(options);
        return new AutotaskTestBed(simulator, new AutotaskConnector(Options.Create(options), clientTime ?? TimeProvider.System));
    }

    public async Task<IAutotaskClient> ConnectAsync(AutotaskCredentials? credentials = null)
    {
        var connected = await Connector.ConnectAsync(credentials ?? Full, CancellationToken.None);
        Assert.True(connected.IsSuccess, connected.Error?.Code + ": " + connected.Error?.Message);
        return connected.Value;
    }

    public async ValueTask DisposeAsync()
    {
        Connector.Dispose();
        await Simulator.DisposeAsync();
    }
}

/// <summary>Assertions on <see cref="Result"/> values.</summary>
internal static class AutotaskAssert
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

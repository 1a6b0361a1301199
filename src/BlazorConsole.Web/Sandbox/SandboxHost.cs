using BlazorConsole.Core.Ksc;
using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Sandbox.Ksc;
using BlazorConsole.Sandbox.Mdr;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Sandbox;

/// <summary>
/// Starts the simulators before the console serves (over real HTTPS on 127.0.0.1, each with its own
/// self-signed certificate) and suggests them as the default connection settings; stops them at shutdown.
/// </summary>
internal sealed partial class SandboxHost(
    IOptions<SandboxOptions> options,
    SandboxSimulators simulators,
    KscConnectionSuggestion kscSuggestion,
    IHostEnvironment environment,
    ILogger<SandboxHost> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{SandboxOptions.SectionName}:{nameof(SandboxOptions.Enabled)} is for Development only: the simulators accept any test credentials. Set it to false.");
        }

        var ksc = await KscSimulator.StartAsync(new KscSimulatorOptions(), cancellationToken);
        simulators.Ksc = ksc;
        kscSuggestion.Suggest(ksc.Host, ksc.Port, ksc.Options.AdminUserName);
        LogKscStarted(ksc.BaseAddress, ksc.CertificateThumbprint, ksc.Options.AdminUserName);

        // before anything resolves the Autotask client: its options take the simulator's address and pin from here
        var autotask = await AutotaskSimulator.StartAsync(new AutotaskSimulatorOptions(), cancellationToken);
        simulators.Autotask = autotask;
        LogAutotaskStarted(autotask.DiscoveryAddress, autotask.CertificateThumbprint);

        // the MDR client pins this simulator's certificate for its host:port only (SandboxMdrClientOptions)
        var mdr = await MdrSimulator.StartAsync(new MdrSimulatorOptions(), cancellationToken);
        simulators.Mdr = mdr;
        LogMdrStarted(mdr.BaseUrl, mdr.CertificateThumbprint);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (simulators.Ksc is { } ksc)
        {
            simulators.Ksc = null;
            await ksc.DisposeAsync();
        }

        if (simulators.Autotask is { } autotask)
        {
            simulators.Autotask = null;
            await autotask.DisposeAsync();
        }

        if (simulators.Mdr is { } mdr)
        {
            simulators.Mdr = null;
            await mdr.DisposeAsync();
        }
    }

    // the simulator's password is a published sandbox default (KscSimulatorOptions), not a secret of anyone's
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Sandbox KSC simulator at {Address} (certificate SHA-256 {Thumbprint}), account {UserName}; its password is on the Sandbox page")]
    private partial void LogKscStarted(Uri address, string thumbprint, string userName);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Sandbox Autotask simulator at {Address} (certificate SHA-256 {Thumbprint}); its API users are on the Sandbox page")]
    private partial void LogAutotaskStarted(Uri address, string thumbprint);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Sandbox MDR simulator at {Address} (certificate SHA-256 {Thumbprint}); issue refresh tokens on the Sandbox page")]
    private partial void LogMdrStarted(Uri address, string thumbprint);
}

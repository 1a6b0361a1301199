using BlazorConsole.Core.Ksc;
using BlazorConsole.E2E.Common;
using BlazorConsole.Sandbox.Ksc;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.E2E.Hierarchy;

/// <summary>
/// Two KSC simulators on one simulated network: the primary (made the console's KSC connection, its certificate
/// trusted through <see cref="KscConnectionService"/>) and a future secondary. Each flow starts from empty servers.
/// </summary>
public sealed class HierarchySimulators : IAsyncLifetime
{
    public const string PrimaryHost = "ksc-primary.e2e.test";
    public const string SecondaryHost = "ksc-secondary.e2e.test";

    public KscNetwork Network { get; } = new();

    public KscSimulator Primary { get; private set; } = null!;

    public KscSimulator Secondary { get; private set; } = null!;

    private ConsoleServer? _console;

    public async Task InitializeAsync()
    {
        Primary = await KscSimulator.StartAsync(new KscSimulatorOptions { HostName = PrimaryHost, Network = Network });
        Secondary = await KscSimulator.StartAsync(new KscSimulatorOptions { HostName = SecondaryHost, Network = Network });
    }

    /// <summary>Empties both servers and makes the primary the console's KSC connection.</summary>
    public async Task PrepareAsync(ConsoleServer console)
    {
        ArgumentNullException.ThrowIfNull(console);
        Primary.ResetState();
        Secondary.ResetState();
        Primary.Faults.Reset();
        Secondary.Faults.Reset();
        _console = console;
        var ksc = console.Services.GetRequiredService<KscConnectionService>();
        var input = new KscConnectionInput
        {
            Address = Primary.Host,
            Port = Primary.Port,
            UserName = Primary.Options.AdminUserName,
            Password = Primary.Options.AdminPassword,
        };
        var trusted = await ksc.TrustAsync(input, Primary.CertificateThumbprint, ConsoleServer.AdminUserName, CancellationToken.None);
        if (!trusted.IsSuccess || !trusted.Value.Saved)
        {
            throw new InvalidOperationException("The console could not be connected to the primary simulator: " + (trusted.Error?.Message ?? trusted.Value?.Probe?.Reason));
        }
    }

    public async Task DisposeAsync()
    {
        // leave the console without a KSC connection, as the other flows expect it
        if (_console is not null)
        {
            await _console.Services.GetRequiredService<KscConnectionService>().DeleteAsync(ConsoleServer.AdminUserName, CancellationToken.None);
        }

        if (Secondary is not null)
        {
            await Secondary.DisposeAsync();
        }

        if (Primary is not null)
        {
            await Primary.DisposeAsync();
        }
    }
}

using BlazorConsole.Clients.Ksc;
using BlazorConsole.Clients.Tests.Ksc;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Sandbox.Ksc;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Tests.Hierarchy;

/// <summary>
/// Two KSC simulators on one simulated network (a future primary and a future secondary), the hierarchy connector,
/// and a <see cref="HierarchyService"/> whose saved KSC connection is the primary.
/// </summary>
internal sealed class HierarchyTestBed : IAsyncDisposable
{
    public const string PrimaryHost = "ksc-primary.sandbox.test";
    public const string SecondaryHost = "ksc-secondary.sandbox.test";

    private HierarchyTestBed(KscNetwork network, KscSimulator primary, KscSimulator secondary, KscHierarchyConnector connector)
    {
        Network = network;
        Primary = primary;
        Secondary = secondary;
        Connector = connector;
        Store = new InMemoryConnectionStore(new KscConnection
        {
            Address = primary.Host,
            Port = primary.Port,
            UserName = primary.Options.AdminUserName,
            ProtectedPassword = "clear:" + primary.Options.AdminPassword,
            PinnedThumbprint = primary.CertificateThumbprint,
            Tested = true,
            UpdatedBy = "admin",
        });
        Service = new HierarchyService(Store, new ClearSecretProtector(), connector, new AddSecondaryInputValidator(), NullLogger<HierarchyService>.Instance);
    }

    public KscNetwork Network { get; }

    public KscSimulator Primary { get; }

    public KscSimulator Secondary { get; }

    public KscHierarchyConnector Connector { get; }

    public InMemoryConnectionStore Store { get; }

    public HierarchyService Service { get; }

    public static async Task<HierarchyTestBed> StartAsync()
    {
        var network = new KscNetwork();
        var primary = await KscSimulator.StartAsync(new KscSimulatorOptions { HostName = PrimaryHost, Network = network });
        var secondary = await KscSimulator.StartAsync(new KscSimulatorOptions { HostName = SecondaryHost, Network = network });
        return new HierarchyTestBed(network, primary, secondary, new KscHierarchyConnector(Options.Create(KscTestBed.FastOptions()), TimeProvider.System));
    }

    public static KscEndpoint EndpointOf(KscSimulator simulator) => new(
        simulator.Host, simulator.Port, simulator.Options.AdminUserName, simulator.Options.AdminPassword, simulator.CertificateThumbprint);

    public async Task<IKscHierarchySession> OpenAsync(KscSimulator simulator)
    {
        var opened = await Connector.OpenAsync(EndpointOf(simulator), null, CancellationToken.None);
        return ResultAssert.Success(opened);
    }

    /// <summary>A wizard input that adds the secondary simulator from the primary side, its certificate trusted.</summary>
    public AddSecondaryInput FromPrimary(bool dmz = false) => new()
    {
        Direction = AddSecondaryDirection.FromPrimary,
        Dmz = dmz,
        DisplayName = "Branch office",
        GroupId = Primary.ManagedDevicesGroupId,
        SecondaryAddress = Secondary.Host,
        ApiPort = Secondary.Port,
        UserName = Secondary.Options.AdminUserName,
        Password = Secondary.Options.AdminPassword,
        SecondaryThumbprint = Secondary.CertificateThumbprint,
        PrimaryAddress = PrimaryHost,
    };

    /// <summary>A wizard input that configures the secondary simulator from its side, its certificate trusted.</summary>
    public AddSecondaryInput FromSecondary(bool dmz = false) => new()
    {
        Direction = AddSecondaryDirection.FromSecondary,
        Dmz = dmz,
        SecondaryAddress = Secondary.Host,
        ApiPort = Secondary.Port,
        UserName = Secondary.Options.AdminUserName,
        Password = Secondary.Options.AdminPassword,
        SecondaryThumbprint = Secondary.CertificateThumbprint,
        PrimaryAddress = PrimaryHost,
    };

    public async ValueTask DisposeAsync()
    {
        Connector.Dispose();
        await Secondary.DisposeAsync();
        await Primary.DisposeAsync();
    }

    /// <summary>Keeps the one saved connection in memory.</summary>
    internal sealed class InMemoryConnectionStore(KscConnection? saved) : IKscConnectionStore
    {
        public KscConnection? Saved { get; set; } = saved;

        public Task<KscConnection?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Saved);

        public Task SaveAsync(KscConnection connection, CancellationToken cancellationToken)
        {
            Saved = connection;
            return Task.CompletedTask;
        }

        public Task<bool> DeleteAsync(CancellationToken cancellationToken)
        {
            var had = Saved is not null;
            Saved = null;
            return Task.FromResult(had);
        }
    }

    /// <summary>"Protects" by a prefix, so tests can read what was stored.</summary>
    private sealed class ClearSecretProtector : ISecretProtector
    {
        public string Protect(string secret) => "clear:" + secret;

        public string Unprotect(string protectedSecret) => protectedSecret["clear:".Length..];
    }
}

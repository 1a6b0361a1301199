using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tests.Tasks;
using BlazorConsole.Testing.Access;
using BlazorConsole.Testing.Ksc;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Core.Tests.Ksc;

/// <summary>The KSC connection service and sessions over the fakes, sharing one monitor.</summary>
internal sealed class KscHarness
{
    public const string Actor = "admin";

    public KscHarness()
    {
        Monitor = new KscConnectionMonitor(Time);
        Service = new KscConnectionService(Store, Connector, Secrets, new KscConnectionInputValidator(), Monitor, Time, Logger, Access);
        Sessions = new KscSessions(Store, Connector, Secrets, Monitor);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    /// <summary>The principal the service runs for: the system until a test acts as someone else.</summary>
    public TestAccessScope Access { get; } = new();

    public FakeKscConnectionStore Store { get; } = new();

    public FakeKscConnector Connector { get; } = new();

    public TestSecretProtector Secrets { get; } = new();

    public RecordingLogger<KscConnectionService> Logger { get; } = new();

    public KscConnectionMonitor Monitor { get; }

    public KscConnectionService Service { get; }

    public KscSessions Sessions { get; }

    /// <summary>What the administrator types for the fake server; the password is the one it accepts.</summary>
    public static KscConnectionInput Input(string? password = "Ksc-Passw0rd!") => new()
    {
        Address = "ksc.example.com",
        Port = KscDefaults.Port,
        UserName = "integration",
        Password = password,
        IntegrationServerAddress = "192.0.2.20",
    };

    /// <summary>Saves working settings with the first certificate trusted, as after a completed trust flow.</summary>
    public async Task SaveTrustedAsync()
    {
        var trusted = await Service.TrustAsync(Input(), FakeKscConnector.First.Sha256Thumbprint, Actor, CancellationToken.None);
        Assert.True(trusted.Value!.Saved);
        Connector.Probed.Clear();
    }
}

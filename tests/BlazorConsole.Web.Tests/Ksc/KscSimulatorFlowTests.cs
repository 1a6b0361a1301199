using BlazorConsole.Core.Ksc;
using BlazorConsole.Sandbox.Ksc;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Ksc;

/// <summary>The settings service and sessions of the real console with the real KSC client, against the KSC simulator over HTTPS.</summary>
public sealed class KscSimulatorFlowTests : IAsyncLifetime
{
    private readonly ConsoleFactory _console = new();
    private KscSimulator _simulator = null!;

    public async Task InitializeAsync() => _simulator = await KscSimulator.StartAsync();

    public async Task DisposeAsync()
    {
        await _simulator.DisposeAsync();
        await _console.DisposeAsync();
    }

    [Fact]
    public async Task SaveTrustAndOpen_AgainstTheSimulator_PinsItsCertificateAndSignsIn()
    {
        var service = _console.Services.GetRequiredService<KscConnectionService>();
        var input = Input(_simulator.Options.AdminPassword);

        var first = await service.SaveAsync(input, ConsoleFactory.AdminUserName, saveUntested: false, CancellationToken.None);
        Assert.True(first.Value!.NeedsTrust);
        Assert.Equal(_simulator.CertificateThumbprint, first.Value.Probe!.Presented!.Sha256Thumbprint);
        Assert.False((await service.GetAsync(CancellationToken.None)).IsConfigured);

        var trusted = await service.TrustAsync(input, first.Value.Probe.Presented.Sha256Thumbprint, ConsoleFactory.AdminUserName, CancellationToken.None);
        Assert.True(trusted.Value!.Saved);

        var opened = await _console.Services.GetRequiredService<IKscSessions>().OpenAsync(CancellationToken.None);
        await using var session = opened.Value!;
        Assert.Equal(_simulator.ManagedDevicesGroupId, (await session.GetManagedDevicesGroupIdAsync(CancellationToken.None)).Value);
    }

    [Fact]
    public async Task Save_WrongPassword_IsRejectedBySimulatorAndNothingIsSaved()
    {
        var service = _console.Services.GetRequiredService<KscConnectionService>();

        var result = await service.TrustAsync(Input("Wrong-Passw0rd!"), _simulator.CertificateThumbprint, ConsoleFactory.AdminUserName, CancellationToken.None);

        Assert.False(result.Value!.Saved);
        Assert.Equal(KscProbeStatus.CredentialsRejected, result.Value.Probe!.Status);
        Assert.False((await service.GetAsync(CancellationToken.None)).IsConfigured);
    }

    [Fact]
    public async Task Open_AfterTheSimulatorChangedItsCertificate_IsRefusedAndTheMonitorShowsBothThumbprints()
    {
        var service = _console.Services.GetRequiredService<KscConnectionService>();
        var pinned = _simulator.CertificateThumbprint;
        Assert.True((await service.TrustAsync(Input(_simulator.Options.AdminPassword), pinned, ConsoleFactory.AdminUserName, CancellationToken.None)).Value!.Saved);
        _simulator.RotateCertificate();

        var opened = await _console.Services.GetRequiredService<IKscSessions>().OpenAsync(CancellationToken.None);

        Assert.Equal(KscErrors.CertificateChangedCode, opened.Error!.Code);
        var observed = _console.Services.GetRequiredService<KscConnectionMonitor>().Last!.Probe;
        Assert.Equal(KscProbeStatus.CertificateChanged, observed.Status);
        Assert.Equal(pinned, observed.PinnedThumbprint);
        Assert.Equal(_simulator.CertificateThumbprint, observed.Presented!.Sha256Thumbprint);
        Assert.NotEqual(pinned, _simulator.CertificateThumbprint);
    }

    private KscConnectionInput Input(string password) => new()
    {
        Address = _simulator.Host,
        Port = _simulator.Port,
        UserName = _simulator.Options.AdminUserName,
        Password = password,
    };
}

using BlazorConsole.Core.Ksc;
using BlazorConsole.Testing.Ksc;

namespace BlazorConsole.Core.Tests.Ksc;

public sealed class KscSessionsTests
{
    private readonly KscHarness _ksc = new();

    [Fact]
    public async Task Open_NothingSaved_FailsWithServiceNotConfigured()
    {
        var result = await _ksc.Sessions.OpenAsync(CancellationToken.None);

        Assert.Equal(KscErrors.ServiceNotConfiguredCode, result.Error!.Code);
        Assert.Empty(_ksc.Connector.Opened);
    }

    [Fact]
    public async Task Open_SavedSettings_SignsInWithTheDecryptedPasswordAndThePin()
    {
        await _ksc.SaveTrustedAsync();

        await using var session = (await _ksc.Sessions.OpenAsync(CancellationToken.None)).Value;

        Assert.NotNull(session);
        var endpoint = Assert.Single(_ksc.Connector.Opened);
        Assert.Equal(new KscEndpoint("ksc.example.com", KscDefaults.Port, "integration", "Ksc-Passw0rd!", FakeKscConnector.First.Sha256Thumbprint), endpoint);
    }

    [Fact]
    public async Task Open_CertificateChanged_RecordsBothThumbprintsAndTellsSubscribers()
    {
        await _ksc.SaveTrustedAsync();
        _ksc.Connector.Certificate = FakeKscConnector.Second;
        var changes = 0;
        _ksc.Monitor.Changed += (_, _) => changes++;

        var result = await _ksc.Sessions.OpenAsync(CancellationToken.None);

        Assert.Equal(KscErrors.CertificateChangedCode, result.Error!.Code);
        var observed = _ksc.Monitor.Last!;
        Assert.Equal(KscProbeStatus.CertificateChanged, observed.Probe.Status);
        Assert.Equal(FakeKscConnector.Second.Sha256Thumbprint, observed.Probe.Presented!.Sha256Thumbprint);
        Assert.Equal(FakeKscConnector.First.Sha256Thumbprint, observed.Probe.PinnedThumbprint);
        Assert.Equal(_ksc.Time.GetUtcNow(), observed.ObservedAt);
        Assert.Equal(1, changes);
        Assert.Equal(FakeKscConnector.First.Sha256Thumbprint, _ksc.Store.Row!.PinnedThumbprint);
    }

    [Fact]
    public async Task Open_CertificateChanged_StaysShownUntilAnAdministratorTrustsTheNewOne()
    {
        await _ksc.SaveTrustedAsync();
        _ksc.Connector.Certificate = FakeKscConnector.Second;
        await _ksc.Sessions.OpenAsync(CancellationToken.None);

        var view = await _ksc.Service.GetAsync(CancellationToken.None);

        Assert.Equal(KscProbeStatus.CertificateChanged, view.Status!.Probe.Status);
    }

    [Fact]
    public async Task Open_CredentialsRejected_RecordsItAndReturnsTheConnectorError()
    {
        await _ksc.SaveTrustedAsync();
        _ksc.Connector.Password = "Changed-On-Ksc-1";

        var result = await _ksc.Sessions.OpenAsync(CancellationToken.None);

        Assert.Equal(KscErrors.CredentialsRejectedCode, result.Error!.Code);
        Assert.Equal(KscProbeStatus.CredentialsRejected, _ksc.Monitor.Last!.Probe.Status);
    }

    [Fact]
    public async Task Open_Unreachable_RecordsTheReason()
    {
        await _ksc.SaveTrustedAsync();
        _ksc.Connector.Reachable = false;

        var result = await _ksc.Sessions.OpenAsync(CancellationToken.None);

        Assert.Equal(KscErrors.UnreachableCode, result.Error!.Code);
        Assert.Equal(KscProbeStatus.Unreachable, _ksc.Monitor.Last!.Probe.Status);
        Assert.Contains("no answer within 10 s", _ksc.Monitor.Last.Probe.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_PasswordCannotBeDecrypted_FailsWithoutConnecting()
    {
        await _ksc.SaveTrustedAsync();
        _ksc.Secrets.KeyLost = true;

        var result = await _ksc.Sessions.OpenAsync(CancellationToken.None);

        Assert.Equal(KscErrors.StoredPasswordUnreadableCode, result.Error!.Code);
        Assert.Empty(_ksc.Connector.Opened);
        Assert.Equal(KscProbeStatus.Failed, _ksc.Monitor.Last!.Probe.Status);
    }
}

using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Testing.Ksc;

namespace BlazorConsole.Core.Tests.Ksc;

public sealed class KscConnectionServiceTrustTests
{
    private readonly KscHarness _ksc = new();

    [Fact]
    public async Task Trust_ThePresentedCertificate_PinsItRecordsWhoAndWhenAndSaves()
    {
        var untrusted = await _ksc.Service.SaveAsync(KscHarness.Input(), KscHarness.Actor, saveUntested: false, CancellationToken.None);
        var seen = untrusted.Value!.Probe!.Presented!.Sha256Thumbprint;

        var result = await _ksc.Service.TrustAsync(KscHarness.Input(), seen.ToLowerInvariant(), "security-officer", CancellationToken.None);

        Assert.True(result.Value!.Saved);
        Assert.Equal(seen, _ksc.Connector.Probed[^1].PinnedThumbprint);
        var row = _ksc.Store.Row!;
        Assert.Equal(seen, row.PinnedThumbprint);
        Assert.Equal("security-officer", row.PinnedBy);
        Assert.Equal(_ksc.Time.GetUtcNow().UtcDateTime, row.PinnedAt);
        Assert.True(row.Tested);
        Assert.Equal(KscProbeStatus.Connected, _ksc.Monitor.Last!.Probe.Status);
        Assert.Contains(_ksc.Logger.Lines, l => l.Contains($"security-officer trusted the KSC certificate SHA-256 {seen}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Trust_ServerNowPresentsAnotherCertificate_IsRefusedAndNothingIsSaved()
    {
        var untrusted = await _ksc.Service.SaveAsync(KscHarness.Input(), KscHarness.Actor, saveUntested: false, CancellationToken.None);
        var seen = untrusted.Value!.Probe!.Presented!.Sha256Thumbprint;
        _ksc.Connector.Certificate = FakeKscConnector.Second;

        var result = await _ksc.Service.TrustAsync(KscHarness.Input(), seen, KscHarness.Actor, CancellationToken.None);

        Assert.False(result.Value!.Saved);
        Assert.Equal(KscProbeStatus.CertificateChanged, result.Value.Probe!.Status);
        Assert.Equal(FakeKscConnector.Second.Sha256Thumbprint, result.Value.Probe.Presented!.Sha256Thumbprint);
        Assert.Null(_ksc.Store.Row);
    }

    [Fact]
    public async Task Trust_CredentialsRejected_SavesNothing()
    {
        var result = await _ksc.Service.TrustAsync(KscHarness.Input("Wrong-Passw0rd!"), FakeKscConnector.First.Sha256Thumbprint, KscHarness.Actor, CancellationToken.None);

        Assert.False(result.Value!.Saved);
        Assert.Equal(KscProbeStatus.CredentialsRejected, result.Value.Probe!.Status);
        Assert.Null(_ksc.Store.Row);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-thumbprint")]
    [InlineData("AAAA")]
    public async Task Trust_MalformedThumbprint_FailsWithoutConnecting(string thumbprint)
    {
        var result = await _ksc.Service.TrustAsync(KscHarness.Input(), thumbprint, KscHarness.Actor, CancellationToken.None);

        Assert.Equal(ErrorCodes.InvalidParameterValue, result.Error!.Code);
        Assert.Empty(_ksc.Connector.Probed);
        Assert.Null(_ksc.Store.Row);
    }

    [Fact]
    public async Task Trust_NewCertificateAfterItChanged_ReplacesThePinAndClearsTheChangedStatus()
    {
        await _ksc.SaveTrustedAsync();
        _ksc.Connector.Certificate = FakeKscConnector.Second;
        await _ksc.Sessions.OpenAsync(CancellationToken.None);
        Assert.Equal(KscProbeStatus.CertificateChanged, _ksc.Monitor.Last!.Probe.Status);
        _ksc.Time.Advance(TimeSpan.FromDays(1));

        var result = await _ksc.Service.TrustAsync(KscHarness.Input(password: ""), FakeKscConnector.Second.Sha256Thumbprint, "operator", CancellationToken.None);

        Assert.True(result.Value!.Saved);
        Assert.Equal(FakeKscConnector.Second.Sha256Thumbprint, _ksc.Store.Row!.PinnedThumbprint);
        Assert.Equal("operator", _ksc.Store.Row.PinnedBy);
        Assert.Equal(_ksc.Time.GetUtcNow().UtcDateTime, _ksc.Store.Row.PinnedAt);
        Assert.Equal(KscProbeStatus.Connected, _ksc.Monitor.Last!.Probe.Status);
    }

    [Fact]
    public async Task Test_UsesTheSavedPinAndSavesNothing()
    {
        await _ksc.SaveTrustedAsync();
        var input = KscHarness.Input();
        input.Port = 14000;

        var result = await _ksc.Service.TestAsync(input, candidatePin: null, CancellationToken.None);

        Assert.Equal(KscProbeStatus.Connected, result.Value!.Status);
        var probed = Assert.Single(_ksc.Connector.Probed);
        Assert.Equal(14000, probed.Port);
        Assert.Equal(FakeKscConnector.First.Sha256Thumbprint, probed.PinnedThumbprint);
        Assert.Equal(KscDefaults.Port, _ksc.Store.Row!.Port);
    }

    [Fact]
    public async Task Test_WithACandidatePin_ChecksAgainstThatPin()
    {
        var result = await _ksc.Service.TestAsync(KscHarness.Input(), FakeKscConnector.Second.Sha256Thumbprint, CancellationToken.None);

        Assert.Equal(KscProbeStatus.CertificateChanged, result.Value!.Status);
        Assert.Equal(FakeKscConnector.Second.Sha256Thumbprint, Assert.Single(_ksc.Connector.Probed).PinnedThumbprint);
        Assert.Null(_ksc.Store.Row);
    }

    [Fact]
    public async Task Test_InvalidInput_FailsWithTheRuleMessage()
    {
        var input = KscHarness.Input();
        input.Port = 70000;

        var result = await _ksc.Service.TestAsync(input, null, CancellationToken.None);

        Assert.Equal("The port must be between 1 and 65535.", result.Error!.Message);
        Assert.Empty(_ksc.Connector.Probed);
    }

    [Fact]
    public async Task Get_SavedSettings_ShowsPinAndStatusButNoPassword()
    {
        await _ksc.SaveTrustedAsync();

        var view = await _ksc.Service.GetAsync(CancellationToken.None);

        Assert.True(view.IsConfigured);
        Assert.True(view.Settings!.PasswordSet);
        Assert.Equal(FakeKscConnector.First.Sha256Thumbprint, view.Settings.Pin!.Thumbprint);
        Assert.Equal(KscHarness.Actor, view.Settings.Pin.PinnedBy);
        Assert.Equal(KscProbeStatus.Connected, view.Status!.Probe.Status);
        var input = view.ToInput();
        Assert.Equal("ksc.example.com", input.Address);
        Assert.Null(input.Password);
        Assert.DoesNotContain("Ksc-Passw0rd!", view.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NothingSaved_IsNotConfigured()
    {
        var view = await _ksc.Service.GetAsync(CancellationToken.None);

        Assert.False(view.IsConfigured);
        Assert.Null(view.Status);
        Assert.Equal(KscDefaults.Port, view.ToInput().Port);
    }

    [Fact]
    public async Task Delete_SavedSettings_RemovesThemAndClearsTheStatus()
    {
        await _ksc.SaveTrustedAsync();

        var result = await _ksc.Service.DeleteAsync(KscHarness.Actor, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Null(_ksc.Store.Row);
        Assert.Null(_ksc.Monitor.Last);
        Assert.Equal(KscErrors.ServiceNotConfiguredCode, (await _ksc.Sessions.OpenAsync(CancellationToken.None)).Error!.Code);
    }

    [Fact]
    public async Task Delete_NothingSaved_SaysNotConfigured()
    {
        var result = await _ksc.Service.DeleteAsync(KscHarness.Actor, CancellationToken.None);

        Assert.Equal(KscErrors.ServiceNotConfiguredCode, result.Error!.Code);
    }

    [Fact]
    public async Task Check_SavedSettings_ProbesThemAndRecordsTheStatus()
    {
        await _ksc.SaveTrustedAsync();
        _ksc.Monitor.Clear();
        _ksc.Connector.Reachable = false;

        var result = await _ksc.Service.CheckAsync(CancellationToken.None);

        Assert.Equal(KscProbeStatus.Unreachable, result.Value!.Status);
        Assert.Same(result.Value, _ksc.Monitor.Last!.Probe);
    }
}

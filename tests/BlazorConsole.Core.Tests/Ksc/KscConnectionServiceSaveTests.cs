using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Testing.Ksc;

namespace BlazorConsole.Core.Tests.Ksc;

public sealed class KscConnectionServiceSaveTests
{
    private readonly KscHarness _ksc = new();

    [Fact]
    public async Task Save_NothingTrustedYet_SavesNothingAndAsksToVerifyThePresentedCertificate()
    {
        var result = await _ksc.Service.SaveAsync(KscHarness.Input(), KscHarness.Actor, saveUntested: false, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.False(result.Value.Saved);
        Assert.True(result.Value.NeedsTrust);
        Assert.Equal(KscProbeStatus.CertificateUntrusted, result.Value.Probe!.Status);
        Assert.Equal(FakeKscConnector.First, result.Value.Probe.Presented);
        Assert.Null(_ksc.Store.Row);
        Assert.Null(Assert.Single(_ksc.Connector.Probed).PinnedThumbprint);
    }

    [Fact]
    public async Task Save_Connected_SavesTestedSettingsWithThePasswordEncrypted()
    {
        await _ksc.SaveTrustedAsync();
        _ksc.Time.Advance(TimeSpan.FromHours(1));
        var input = KscHarness.Input();
        input.Port = 13300;
        input.Address = "  ksc.example.com ";

        var result = await _ksc.Service.SaveAsync(input, "operator", saveUntested: false, CancellationToken.None);

        Assert.True(result.Value!.Saved);
        var row = _ksc.Store.Row!;
        Assert.Equal("ksc.example.com", row.Address);
        Assert.Equal(13300, row.Port);
        Assert.Equal("integration", row.UserName);
        Assert.Equal("192.0.2.20", row.IntegrationServerAddress);
        Assert.NotEqual("Ksc-Passw0rd!", row.ProtectedPassword);
        Assert.DoesNotContain("Ksc-Passw0rd!", row.ProtectedPassword, StringComparison.Ordinal);
        Assert.Equal("Ksc-Passw0rd!", _ksc.Secrets.Unprotect(row.ProtectedPassword));
        Assert.True(row.Tested);
        Assert.Equal("operator", row.UpdatedBy);
        Assert.Equal(_ksc.Time.GetUtcNow().UtcDateTime, row.Updated);
        // the pin and who set it are kept from the trust
        Assert.Equal(FakeKscConnector.First.Sha256Thumbprint, row.PinnedThumbprint);
        Assert.Equal(KscHarness.Actor, row.PinnedBy);
        Assert.Equal(KscProbeStatus.Connected, _ksc.Monitor.Last!.Probe.Status);
    }

    [Fact]
    public async Task Save_CredentialsRejected_SavesNothingAndSaysWhy()
    {
        await _ksc.SaveTrustedAsync();
        var before = _ksc.Store.Row!;

        var input = KscHarness.Input("Wrong-Passw0rd!");
        input.Port = 13300;
        var result = await _ksc.Service.SaveAsync(input, KscHarness.Actor, saveUntested: false, CancellationToken.None);

        Assert.False(result.Value!.Saved);
        Assert.False(result.Value.NeedsTrust);
        Assert.Equal(KscProbeStatus.CredentialsRejected, result.Value.Probe!.Status);
        Assert.Equal(KscDefaults.Port, _ksc.Store.Row!.Port);
        Assert.Equal(before.ProtectedPassword, _ksc.Store.Row.ProtectedPassword);
        Assert.Equal(1, _ksc.Store.Saves);
    }

    [Fact]
    public async Task Save_Unreachable_SavesNothingAndGivesTheReason()
    {
        _ksc.Connector.Reachable = false;

        var result = await _ksc.Service.SaveAsync(KscHarness.Input(), KscHarness.Actor, saveUntested: false, CancellationToken.None);

        Assert.False(result.Value!.Saved);
        Assert.Equal(KscProbeStatus.Unreachable, result.Value.Probe!.Status);
        Assert.Equal("no answer within 10 s", result.Value.Probe.Reason);
        Assert.Null(_ksc.Store.Row);
    }

    [Fact]
    public async Task Save_ServerPresentsAnotherCertificate_SavesNothingAndShowsBothThumbprints()
    {
        await _ksc.SaveTrustedAsync();
        _ksc.Connector.Certificate = FakeKscConnector.Second;

        var input = KscHarness.Input();
        input.UserName = "someone-else";
        var result = await _ksc.Service.SaveAsync(input, KscHarness.Actor, saveUntested: false, CancellationToken.None);

        Assert.False(result.Value!.Saved);
        Assert.True(result.Value.NeedsTrust);
        Assert.Equal(KscProbeStatus.CertificateChanged, result.Value.Probe!.Status);
        Assert.Equal(FakeKscConnector.Second.Sha256Thumbprint, result.Value.Probe.Presented!.Sha256Thumbprint);
        Assert.Equal(FakeKscConnector.First.Sha256Thumbprint, result.Value.Probe.PinnedThumbprint);
        Assert.Equal("integration", _ksc.Store.Row!.UserName);
    }

    [Fact]
    public async Task SaveUntested_SavesWithoutConnectingAndMarksItUntested()
    {
        _ksc.Connector.Reachable = false;

        var result = await _ksc.Service.SaveAsync(KscHarness.Input(), KscHarness.Actor, saveUntested: true, CancellationToken.None);

        Assert.True(result.Value!.Saved);
        Assert.Null(result.Value.Probe);
        Assert.Empty(_ksc.Connector.Probed);
        Assert.False(_ksc.Store.Row!.Tested);
        Assert.Null(_ksc.Store.Row.PinnedThumbprint);
        Assert.Equal("Ksc-Passw0rd!", _ksc.Secrets.Unprotect(_ksc.Store.Row.ProtectedPassword));
        Assert.Null(_ksc.Monitor.Last);
        Assert.Contains(_ksc.Logger.Lines, l => l.Contains("saved untested by admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_BlankPasswordWithSavedOne_ConnectsAndSavesWithTheSavedPassword()
    {
        await _ksc.SaveTrustedAsync();
        var input = KscHarness.Input(password: "");
        input.IntegrationServerAddress = "viis.example.com";

        var result = await _ksc.Service.SaveAsync(input, KscHarness.Actor, saveUntested: false, CancellationToken.None);

        Assert.True(result.Value!.Saved);
        Assert.Equal("Ksc-Passw0rd!", Assert.Single(_ksc.Connector.Probed).Password);
        Assert.Equal("Ksc-Passw0rd!", _ksc.Secrets.Unprotect(_ksc.Store.Row!.ProtectedPassword));
        Assert.Equal("viis.example.com", _ksc.Store.Row.IntegrationServerAddress);
    }

    [Fact]
    public async Task Save_BlankPasswordAndNoneSaved_FailsValidationWithoutConnecting()
    {
        var result = await _ksc.Service.SaveAsync(KscHarness.Input(password: null), KscHarness.Actor, saveUntested: true, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorCodes.MandatoryParameterIsNotSpecified, result.Error.Code);
        Assert.Equal("Enter the password of the KSC account.", result.Error.Message);
        Assert.Empty(_ksc.Connector.Probed);
        Assert.Null(_ksc.Store.Row);
    }

    [Fact]
    public async Task Save_BlankPasswordWhenTheSavedOneCannotBeDecrypted_FailsWithoutConnecting()
    {
        await _ksc.SaveTrustedAsync();
        _ksc.Secrets.KeyLost = true;

        var result = await _ksc.Service.SaveAsync(KscHarness.Input(password: ""), KscHarness.Actor, saveUntested: false, CancellationToken.None);

        Assert.Equal(KscErrors.StoredPasswordUnreadableCode, result.Error!.Code);
        Assert.Empty(_ksc.Connector.Probed);
    }

    [Fact]
    public async Task Save_InvalidAddress_FailsValidationAndChangesNothing()
    {
        await _ksc.SaveTrustedAsync();
        var input = KscHarness.Input();
        input.Address = "300.1.2.3";

        var result = await _ksc.Service.SaveAsync(input, KscHarness.Actor, saveUntested: true, CancellationToken.None);

        Assert.Equal(ErrorCodes.InvalidParameterValue, result.Error!.Code);
        Assert.Contains("IPv4 address", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _ksc.Store.Saves);
        Assert.Empty(_ksc.Connector.Probed);
    }

    [Fact]
    public async Task SaveAndTrust_NeverWriteThePasswordToTheLog()
    {
        await _ksc.Service.SaveAsync(KscHarness.Input(), KscHarness.Actor, saveUntested: false, CancellationToken.None);
        await _ksc.SaveTrustedAsync();
        await _ksc.Service.SaveAsync(KscHarness.Input("Wrong-Passw0rd!"), KscHarness.Actor, saveUntested: false, CancellationToken.None);
        await _ksc.Service.SaveAsync(KscHarness.Input(), KscHarness.Actor, saveUntested: true, CancellationToken.None);

        Assert.NotEmpty(_ksc.Logger.Lines);
        Assert.DoesNotContain(_ksc.Logger.Lines, l => l.Contains("Passw0rd", StringComparison.Ordinal));
    }
}

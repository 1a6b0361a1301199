using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Testing.Ksc;

namespace BlazorConsole.Core.Tests.Ksc;

/// <summary>Only an Administrator covering all tenants (or the console itself) may test, save, trust or delete the KSC connection.</summary>
public sealed class KscConnectionServiceAccessTests
{
    private readonly KscHarness _ksc = new();

    [Theory]
    [InlineData("Operator")]
    [InlineData("Auditor")]
    [InlineData("ScopedAdministrator")]
    public async Task Changes_NotAnAdministratorOfAllTenants_RefusedAndNothingChanges(string principal)
    {
        await _ksc.SaveTrustedAsync();
        var before = _ksc.Store.Row!;
        var saves = _ksc.Store.Saves;
        _ksc.Access.ActAs(principal);
        var other = KscHarness.Input();
        other.Address = "ksc-other.example.com";

        var saved = await _ksc.Service.SaveAsync(other, "mallory", saveUntested: true, CancellationToken.None);
        var trusted = await _ksc.Service.TrustAsync(other, FakeKscConnector.First.Sha256Thumbprint, "mallory", CancellationToken.None);
        var tested = await _ksc.Service.TestAsync(KscHarness.Input(password: null), null, CancellationToken.None);
        var deleted = await _ksc.Service.DeleteAsync("mallory", CancellationToken.None);

        foreach (var error in new[] { saved.Error, trusted.Error, tested.Error, deleted.Error })
        {
            Assert.Same(AccessScopeErrors.AdministratorRequired, error);
            Assert.Equal(ErrorKind.Forbidden, error!.Kind);
        }

        Assert.Same(before, _ksc.Store.Row);
        Assert.Equal(saves, _ksc.Store.Saves);
        // nothing was sent to any server, not even the saved password for a test
        Assert.Empty(_ksc.Connector.Probed);
    }

    [Theory]
    [InlineData("System")]
    [InlineData("Administrator")]
    public async Task Changes_AdministratorOfAllTenants_Allowed(string principal)
    {
        _ksc.Access.ActAs(principal);

        var trusted = await _ksc.Service.TrustAsync(KscHarness.Input(), FakeKscConnector.First.Sha256Thumbprint, "alice", CancellationToken.None);
        Assert.True(trusted.Value!.Saved);
        Assert.Equal("alice", _ksc.Store.Row!.UpdatedBy);

        var deleted = await _ksc.Service.DeleteAsync("alice", CancellationToken.None);
        Assert.True(deleted.IsSuccess);
        Assert.Null(_ksc.Store.Row);
    }

    [Fact]
    public async Task Get_Auditor_SeesTheSavedSettings()
    {
        await _ksc.SaveTrustedAsync();
        _ksc.Access.ActAs("Auditor");

        var view = await _ksc.Service.GetAsync(CancellationToken.None);

        Assert.Equal("ksc.example.com", view.Settings!.Address);
    }
}

using System.Security.Cryptography;
using BlazorConsole.Clients.Tests.Ksc;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Clients.Tests.Hierarchy;

public sealed class KscHierarchyClientTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task GetIdentity_Signed_ReturnsHostNameCertificateAndVersion()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        await using var session = await bed.OpenAsync(bed.Primary);

        var identity = ResultAssert.Success(await session.GetIdentityAsync(None));

        Assert.Equal(HierarchyTestBed.PrimaryHost, identity.HostName);
        Assert.Equal(bed.Primary.Certificate.RawData, identity.Certificate);
        Assert.Equal(bed.Primary.Options.ProductVersion, identity.Version);
    }

    [Fact]
    public async Task GetGroups_WithSubgroups_ListsManagedDevicesFirst()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        var branches = bed.Primary.EnsureGroup("Branches");
        await using var session = await bed.OpenAsync(bed.Primary);

        var groups = ResultAssert.Success(await session.GetGroupsAsync(None));

        Assert.Equal(bed.Primary.ManagedDevicesGroupId, groups[0].Id);
        Assert.Contains(groups, group => group.Id == branches && group.Name == "Branches");
    }

    [Fact]
    public async Task Register_SecondaryNotConfiguredYet_IsWaitingThenConnectedOnceConfigured()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        await using var primary = await bed.OpenAsync(bed.Primary);
        await using var secondary = await bed.OpenAsync(bed.Secondary);
        var group = bed.Primary.EnsureGroup("Branches");

        var id = ResultAssert.Success(await primary.RegisterSecondaryAsync(new SecondaryRegistration("Branch", group, bed.Secondary.Certificate.RawData, null), None));
        var waiting = Assert.Single(ResultAssert.Success(await primary.GetSecondariesAsync(None)));
        ResultAssert.Success(await secondary.WritePrimaryConnectionAsync(HierarchyTestBed.SecondaryHost, new PrimaryConnection(HierarchyTestBed.PrimaryHost, 13000, bed.Primary.Certificate.RawData, false, null), None));
        var connected = Assert.Single(ResultAssert.Success(await primary.GetSecondariesAsync(None)));

        Assert.Equal((id, "Branch", group, SecondaryServerStatus.Waiting, false), (waiting.Id, waiting.DisplayName, waiting.GroupId, waiting.Status, waiting.Dmz));
        Assert.NotNull(waiting.Reason);
        Assert.Equal(SecondaryServerStatus.Connected, connected.Status);
        Assert.Null(connected.Reason);
        Assert.NotNull(connected.LastConnected);
        var settings = bed.Secondary.PrimarySettings!;
        Assert.True(settings.Use);
        Assert.Equal((HierarchyTestBed.PrimaryHost, 13000, false), (settings.Address, settings.Ports[0], settings.Passive));
        Assert.Equal(bed.Primary.Certificate.RawData, settings.Certificate);
    }

    [Fact]
    public async Task Register_InDmz_PrimaryConnectsToPassiveSecondaryAtItsAddress()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        await using var primary = await bed.OpenAsync(bed.Primary);
        await using var secondary = await bed.OpenAsync(bed.Secondary);

        ResultAssert.Success(await primary.RegisterSecondaryAsync(new SecondaryRegistration("DMZ", bed.Primary.ManagedDevicesGroupId, bed.Secondary.Certificate.RawData, "http://ksc-secondary.sandbox.test:13000"), None));
        ResultAssert.Success(await secondary.WritePrimaryConnectionAsync(HierarchyTestBed.SecondaryHost, new PrimaryConnection(HierarchyTestBed.PrimaryHost, 13000, bed.Primary.Certificate.RawData, true, null), None));
        var server = Assert.Single(ResultAssert.Success(await primary.GetSecondariesAsync(None)));

        Assert.Equal((true, "http://ksc-secondary.sandbox.test:13000", SecondaryServerStatus.Connected), (server.Dmz, server.Address, server.Status));
        Assert.True(bed.Secondary.PrimarySettings!.Passive);
    }

    [Fact]
    public async Task Primary_CertificateReplacedAfterConnecting_SecondaryIsErrorWithReason()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        await using (var primary = await bed.OpenAsync(bed.Primary))
        await using (var secondary = await bed.OpenAsync(bed.Secondary))
        {
            ResultAssert.Success(await primary.RegisterSecondaryAsync(new SecondaryRegistration("Branch", bed.Primary.ManagedDevicesGroupId, bed.Secondary.Certificate.RawData, null), None));
            ResultAssert.Success(await secondary.WritePrimaryConnectionAsync(HierarchyTestBed.SecondaryHost, new PrimaryConnection(HierarchyTestBed.PrimaryHost, 13000, bed.Primary.Certificate.RawData, false, null), None));
            Assert.Equal(SecondaryServerStatus.Connected, Assert.Single(ResultAssert.Success(await primary.GetSecondariesAsync(None))).Status);
        }

        bed.Primary.RotateCertificate(); // the secondary still trusts the old one
        await using var again = await bed.OpenAsync(bed.Primary);
        var server = Assert.Single(ResultAssert.Success(await again.GetSecondariesAsync(None)));

        Assert.Equal(SecondaryServerStatus.Error, server.Status);
        Assert.Contains("Not connected since", server.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secondary_ThroughProxy_ConnectsOnlyWhenTheProxyAcceptsItsCredentials()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        bed.Network.AddProxy("proxy.sandbox.test:3128", "proxy-user", "Proxy-Passw0rd");
        await using var primary = await bed.OpenAsync(bed.Primary);
        await using var secondary = await bed.OpenAsync(bed.Secondary);
        ResultAssert.Success(await primary.RegisterSecondaryAsync(new SecondaryRegistration("Branch", bed.Primary.ManagedDevicesGroupId, bed.Secondary.Certificate.RawData, null), None));

        ResultAssert.Success(await secondary.WritePrimaryConnectionAsync(HierarchyTestBed.SecondaryHost, new PrimaryConnection(HierarchyTestBed.PrimaryHost, 13000, bed.Primary.Certificate.RawData, false, new HierarchyProxy("proxy.sandbox.test:3128", "proxy-user", "wrong")), None));
        var refused = Assert.Single(ResultAssert.Success(await primary.GetSecondariesAsync(None))).Status;
        ResultAssert.Success(await secondary.WritePrimaryConnectionAsync(HierarchyTestBed.SecondaryHost, new PrimaryConnection(HierarchyTestBed.PrimaryHost, 13000, bed.Primary.Certificate.RawData, false, new HierarchyProxy("proxy.sandbox.test:3128", "proxy-user", "Proxy-Passw0rd")), None));
        var accepted = Assert.Single(ResultAssert.Success(await primary.GetSecondariesAsync(None))).Status;

        Assert.Equal(SecondaryServerStatus.Waiting, refused);
        Assert.Equal(SecondaryServerStatus.Connected, accepted);
        Assert.Equal(("proxy.sandbox.test:3128", "proxy-user", "Proxy-Passw0rd"), (bed.Secondary.PrimarySettings!.ProxyLocation, bed.Secondary.PrimarySettings.ProxyLogin, bed.Secondary.PrimarySettings.ProxyPassword));
        Assert.Equal(0, bed.Secondary.Calls.Count(call => call.Method == "HostGroup.SS_Write" && call.VirtualServer is not null));
    }

    [Fact]
    public async Task Remove_Registered_IsGone_AndUnknownIsNotFound()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        await using var primary = await bed.OpenAsync(bed.Primary);
        var id = ResultAssert.Success(await primary.RegisterSecondaryAsync(new SecondaryRegistration("Branch", bed.Primary.ManagedDevicesGroupId, bed.Secondary.Certificate.RawData, null), None));

        ResultAssert.Success(await primary.RemoveSecondaryAsync(id, None));

        Assert.Empty(ResultAssert.Success(await primary.GetSecondariesAsync(None)));
        ResultAssert.Failure(await primary.RemoveSecondaryAsync(id, None), KscErrors.ObjectNotFoundCode);
    }

    [Fact]
    public async Task Register_NotACertificateOrTwice_IsRefusedWithKscMessage()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        await using var primary = await bed.OpenAsync(bed.Primary);
        var group = bed.Primary.ManagedDevicesGroupId;

        var garbage = ResultAssert.Failure(await primary.RegisterSecondaryAsync(new SecondaryRegistration("Bad", group, RandomNumberGenerator.GetBytes(64), null), None), KscErrors.CallFailedCode);
        ResultAssert.Success(await primary.RegisterSecondaryAsync(new SecondaryRegistration("Branch", group, bed.Secondary.Certificate.RawData, null), None));
        var twice = ResultAssert.Failure(await primary.RegisterSecondaryAsync(new SecondaryRegistration("Again", group, bed.Secondary.Certificate.RawData, null), None), KscErrors.CallFailedCode);

        Assert.Contains("not an X.509 certificate", garbage.Message, StringComparison.Ordinal);
        Assert.Contains("already registered", twice.Message, StringComparison.Ordinal);
        Assert.Single(bed.Primary.Secondaries);
    }

    [Fact]
    public async Task Register_InjectedFailure_FailsAndRegistersNothing()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        bed.Primary.Faults.FailCall("ServerHierarchy.RegisterServer");
        await using var primary = await bed.OpenAsync(bed.Primary);

        ResultAssert.Failure(await primary.RegisterSecondaryAsync(new SecondaryRegistration("Branch", bed.Primary.ManagedDevicesGroupId, bed.Secondary.Certificate.RawData, null), None), KscErrors.CallFailedCode);

        Assert.Empty(bed.Primary.Secondaries);
        Assert.Equal(1, bed.Primary.CountCalls("ServerHierarchy.RegisterServer"));
    }

    [Fact]
    public async Task ConfiguredFromSecondarySide_ShowsUpInManagedDevicesOfThePrimary()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        await using var secondary = await bed.OpenAsync(bed.Secondary);
        ResultAssert.Success(await secondary.WritePrimaryConnectionAsync(HierarchyTestBed.SecondaryHost, new PrimaryConnection(HierarchyTestBed.PrimaryHost, 13000, bed.Primary.Certificate.RawData, false, null), None));
        await using var primary = await bed.OpenAsync(bed.Primary);

        var server = Assert.Single(ResultAssert.Success(await primary.GetSecondariesAsync(None)));

        Assert.Equal((HierarchyTestBed.SecondaryHost, bed.Primary.ManagedDevicesGroupId, SecondaryServerStatus.Connected), (server.DisplayName, server.GroupId, server.Status));
    }

    [Fact]
    public async Task Open_AccountWithTwoStepVerification_NeedsTheCurrentCode()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        var user = bed.Secondary.Options.AdminUserName;
        bed.Secondary.RequireTwoStepVerification(user);
        var endpoint = HierarchyTestBed.EndpointOf(bed.Secondary);

        ResultAssert.Failure(await bed.Connector.OpenAsync(endpoint, null, None), HierarchyErrors.TwoStepCodeRequiredCode);
        var wrong = bed.Secondary.TwoStepCode(user) == "000000" ? "111111" : "000000";
        ResultAssert.Failure(await bed.Connector.OpenAsync(endpoint, wrong, None), HierarchyErrors.TwoStepCodeRejectedCode);
        await using var session = ResultAssert.Success(await bed.Connector.OpenAsync(endpoint, bed.Secondary.TwoStepCode(user), None));

        ResultAssert.Success(await session.GetIdentityAsync(None));
        Assert.Equal(1, bed.Secondary.OpenSessions);
    }

    [Fact]
    public async Task FetchCertificate_Listening_ReturnsPresentedCertificate_AndClosedPortIsUnreachable()
    {
        await using var bed = await HierarchyTestBed.StartAsync();

        var certificate = ResultAssert.Success(await bed.Connector.FetchCertificateAsync(bed.Secondary.Host, bed.Secondary.Port, None));
        var closedPort = await FreePortAsync();
        var closed = ResultAssert.Failure(await bed.Connector.FetchCertificateAsync("127.0.0.1", closedPort, None), KscErrors.UnreachableCode);

        Assert.Equal(bed.Secondary.CertificateThumbprint, certificate.Sha256Thumbprint);
        Assert.Equal(0, bed.Secondary.OpenSessions);
        Assert.Contains("refused", closed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSecondaries_DroppedConnection_IsRetriedAsARead()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        await using var primary = await bed.OpenAsync(bed.Primary);
        bed.Primary.Faults.DropNextCall("ServerHierarchy.GetChildServers");

        Assert.Empty(ResultAssert.Success(await primary.GetSecondariesAsync(None)));
        Assert.Equal(2, bed.Primary.CountCalls("ServerHierarchy.GetChildServers"));
    }

    private static Task<int> FreePortAsync()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return Task.FromResult(port);
    }
}

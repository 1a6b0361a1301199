using System.Net;
using System.Net.Sockets;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Clients.Tests.Ksc;

public sealed class KscConnectorTests
{
    [Fact]
    public async Task Probe_PinnedAndValidCredentials_ConnectsAndEndsItsSession()
    {
        await using var bed = await KscTestBed.StartAsync();

        var probe = await bed.Connector.ProbeAsync(bed.Endpoint, CancellationToken.None);

        Assert.Equal(KscProbeStatus.Connected, probe.Status);
        Assert.Equal(bed.Simulator.CertificateThumbprint, probe.Presented?.Sha256Thumbprint);
        Assert.Equal(0, bed.Simulator.OpenSessions);
        Assert.Equal(["Session.StartSession", "Session.Ping", "Session.EndSession"], bed.Simulator.Calls.Select(call => call.Method));
    }

    [Fact]
    public async Task Probe_NothingPinned_ReportsUntrustedWithThePresentedCertificate()
    {
        await using var bed = await KscTestBed.StartAsync();

        var probe = await bed.Connector.ProbeAsync(bed.Endpoint with { PinnedThumbprint = null }, CancellationToken.None);

        Assert.Equal(KscProbeStatus.CertificateUntrusted, probe.Status);
        Assert.NotNull(probe.Presented);
        Assert.Equal(bed.Simulator.CertificateThumbprint, probe.Presented.Sha256Thumbprint);
        Assert.Equal(bed.Simulator.Certificate.Subject, probe.Presented.Subject);
        Assert.Contains("127.0.0.1", probe.Presented.AlternativeNames);
        Assert.Empty(bed.Simulator.Calls);
    }

    [Fact]
    public async Task Open_NothingPinned_FailsAsUntrusted()
    {
        await using var bed = await KscTestBed.StartAsync();

        var opened = await bed.Connector.OpenAsync(bed.Endpoint with { PinnedThumbprint = null }, CancellationToken.None);

        var error = ResultAssert.Failure(opened, KscErrors.CertificateUntrustedCode);
        Assert.Contains(bed.Simulator.CertificateThumbprint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_CertificateRotated_IsRefusedWithBothThumbprintsUntilRepinned()
    {
        await using var bed = await KscTestBed.StartAsync();
        var oldThumbprint = bed.Simulator.CertificateThumbprint;
        await using var session = await bed.OpenAsync();
        ResultAssert.Success(await session.GetManagedDevicesGroupIdAsync(CancellationToken.None));

        bed.Simulator.RotateCertificate();
        var newThumbprint = bed.Simulator.CertificateThumbprint;

        var refused = ResultAssert.Failure(await session.GetManagedDevicesGroupIdAsync(CancellationToken.None), KscErrors.CertificateChangedCode);
        Assert.Contains(oldThumbprint, refused.Message, StringComparison.Ordinal);
        Assert.Contains(newThumbprint, refused.Message, StringComparison.Ordinal);

        var probe = await bed.Connector.ProbeAsync(bed.Endpoint with { PinnedThumbprint = oldThumbprint }, CancellationToken.None);
        Assert.Equal(KscProbeStatus.CertificateChanged, probe.Status);
        Assert.Equal(oldThumbprint, probe.PinnedThumbprint);
        Assert.Equal(newThumbprint, probe.Presented?.Sha256Thumbprint);

        await using var repinned = await bed.OpenAsync();
        ResultAssert.Success(await repinned.GetManagedDevicesGroupIdAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Open_PinChangedWhileConnectionsAreOpen_NeverReusesThemUnderTheNewPin()
    {
        await using var bed = await KscTestBed.StartAsync();
        await using var session = await bed.OpenAsync();
        ResultAssert.Success(await session.GetManagedDevicesGroupIdAsync(CancellationToken.None));
        var otherPin = new string('A', 64);

        var opened = await bed.Connector.OpenAsync(bed.Endpoint with { PinnedThumbprint = otherPin }, CancellationToken.None);

        var error = ResultAssert.Failure(opened, KscErrors.CertificateChangedCode);
        Assert.Contains(otherPin, error.Message, StringComparison.Ordinal);
        ResultAssert.Success(await session.GetManagedDevicesGroupIdAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Probe_WrongPassword_ReportsCredentialsRejected()
    {
        await using var bed = await KscTestBed.StartAsync();

        var probe = await bed.Connector.ProbeAsync(bed.Endpoint with { Password = "Wrong-Passw0rd!" }, CancellationToken.None);

        Assert.Equal(KscProbeStatus.CredentialsRejected, probe.Status);
        Assert.DoesNotContain("Wrong-Passw0rd!", probe.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_SignInsRejected_ReturnsCredentialsRejectedWithoutRetrying()
    {
        await using var bed = await KscTestBed.StartAsync();
        bed.Simulator.Faults.RejectCredentials = true;

        ResultAssert.Failure(await bed.Connector.OpenAsync(bed.Endpoint, CancellationToken.None), KscErrors.CredentialsRejectedCode);

        Assert.Equal(1, bed.Simulator.CountCalls("Session.StartSession"));
    }

    [Fact]
    public async Task Session_EndedByTheServer_CallsFailAsSessionNoLongerValid()
    {
        await using var bed = await KscTestBed.StartAsync();
        await using var session = await bed.OpenAsync();

        bed.Simulator.EndAllSessions();

        var error = ResultAssert.Failure(await session.GetVirtualServersAsync(CancellationToken.None), KscErrors.CallFailedCode);
        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_Session_EndsItOnTheServer()
    {
        await using var bed = await KscTestBed.StartAsync();
        var session = await bed.OpenAsync();
        Assert.Equal(1, bed.Simulator.OpenSessions);

        await session.DisposeAsync();

        Assert.Equal(0, bed.Simulator.OpenSessions);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => session.GetManagedDevicesGroupIdAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Probe_NothingListening_ReportsConnectionRefused()
    {
        await using var bed = await KscTestBed.StartAsync();
        var port = FreePort();

        var probe = await bed.Connector.ProbeAsync(bed.Endpoint with { Port = port }, CancellationToken.None);

        Assert.Equal(KscProbeStatus.Unreachable, probe.Status);
        Assert.Contains("connection refused", probe.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_NameNotResolved_ReportsItWithoutRetrying()
    {
        await using var bed = await KscTestBed.StartAsync();

        var probe = await bed.Connector.ProbeAsync(bed.Endpoint with { Address = "no-such-ksc.invalid" }, CancellationToken.None);

        Assert.Equal(KscProbeStatus.Unreachable, probe.Status);
        Assert.Contains("name not resolved", probe.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_ServerSlowerThanTheRequestTimeout_ReportsNoAnswer()
    {
        var options = KscTestBed.FastOptions();
        options.RequestTimeout = TimeSpan.FromMilliseconds(300);
        options.MaxRetries = 1;
        await using var bed = await KscTestBed.StartAsync(options);
        bed.Simulator.Faults.Delay(TimeSpan.FromSeconds(5), "Session.StartSession");

        var error = ResultAssert.Failure(await bed.Connector.OpenAsync(bed.Endpoint, CancellationToken.None), KscErrors.UnreachableCode);

        Assert.Contains("no answer within 0.3 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, bed.Simulator.CountCalls("Session.StartSession"));
    }

    [Fact]
    public async Task Probe_AddressNotAHostName_FailsWithoutThrowing()
    {
        await using var bed = await KscTestBed.StartAsync();

        var probe = await bed.Connector.ProbeAsync(bed.Endpoint with { Address = "not a host" }, CancellationToken.None);

        Assert.Equal(KscProbeStatus.Failed, probe.Status);
    }

    [Fact]
    public void Endpoint_ToString_LeavesThePasswordOut()
    {
        var endpoint = new KscEndpoint("ksc.example.com", 13299, "svc", "S3cret-Passw0rd!", null);

        Assert.DoesNotContain("S3cret", endpoint.ToString(), StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

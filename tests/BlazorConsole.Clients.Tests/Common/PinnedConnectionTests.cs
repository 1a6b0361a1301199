using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography;
using BlazorConsole.Clients.Common;
using BlazorConsole.Sandbox.Common;

namespace BlazorConsole.Clients.Tests.Common;

/// <summary>
/// Pinning over real TLS against <see cref="SandboxServer"/>. Every request uses a new handler and client, so no
/// pooled connection or TLS session carries one case's handshake into another.
/// </summary>
public sealed class PinnedConnectionTests
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Get_NoPin_FailsAndRecordsPresentedIdentity()
    {
        await using var server = await SandboxServer.StartAsync();
        var validator = new PinnedCertificateValidator(null);

        await AssertTlsRefusedAsync(server, validator);

        var check = validator.LastCheck;
        Assert.Equal(CertificateCheckStatus.NotPinned, check.Status);
        Assert.Null(check.PinnedThumbprint);
        Assert.NotNull(check.Presented);
        Assert.Equal(Sha256Hex(server), check.PresentedThumbprint);
        Assert.Contains(IPAddress.Loopback, check.Presented.IpAddresses);
        Assert.Contains("localhost", check.Presented.DnsNames);
        Assert.Equal(server.Certificate.Subject, check.Presented.Subject);
    }

    [Fact]
    public async Task Get_RightPin_Returns200EvenThoughSelfSigned()
    {
        await using var server = await SandboxServer.StartAsync();
        var validator = new PinnedCertificateValidator(Sha256Hex(server));

        var (status, body) = await GetHealthAsync(server, validator);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body);
        Assert.Equal(CertificateCheckStatus.Accepted, validator.LastCheck.Status);
        Assert.Equal(Sha256Hex(server), validator.LastCheck.PresentedThumbprint);
    }

    [Fact]
    public async Task Get_DefaultValidation_FailsOnSandboxCertificate()
    {
        // The sandbox certificate is not trusted by the machine: a 200 with a pin is the pin's doing.
        await using var server = await SandboxServer.StartAsync();
        using var client = new HttpClient();

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(server.BaseAddress, "healthz")));

        Assert.IsType<AuthenticationException>(failure.InnerException);
    }

    [Fact]
    public async Task Get_WrongPin_FailsAndRecordsBothThumbprints()
    {
        await using var server = await SandboxServer.StartAsync();
        using var other = SandboxCertificate.Create();
        var pinned = Convert.ToHexString(SHA256.HashData(other.RawData));
        var validator = new PinnedCertificateValidator(pinned);

        await AssertTlsRefusedAsync(server, validator);

        var check = validator.LastCheck;
        Assert.Equal(CertificateCheckStatus.Changed, check.Status);
        Assert.Equal(pinned, check.PinnedThumbprint);
        Assert.Equal(Sha256Hex(server), check.PresentedThumbprint);
        Assert.NotEqual(check.PinnedThumbprint, check.PresentedThumbprint);
    }

    [Fact]
    public async Task Get_ServerCertificateRotated_ClientPinnedToOldOneFailsAsChanged()
    {
        await using var server = await SandboxServer.StartAsync();
        var oldThumbprint = Sha256Hex(server);
        var beforeRotation = new PinnedCertificateValidator(oldThumbprint);
        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(server, beforeRotation)).Status);

        server.RotateCertificate();
        var newThumbprint = Sha256Hex(server);
        var afterRotation = new PinnedCertificateValidator(oldThumbprint);

        await AssertTlsRefusedAsync(server, afterRotation);

        Assert.NotEqual(oldThumbprint, newThumbprint);
        Assert.Equal(CertificateCheckStatus.Changed, afterRotation.LastCheck.Status);
        Assert.Equal(oldThumbprint, afterRotation.LastCheck.PinnedThumbprint);
        Assert.Equal(newThumbprint, afterRotation.LastCheck.PresentedThumbprint);
    }

    [Fact]
    public async Task Get_PinnedToRotatedCertificate_Returns200()
    {
        await using var server = await SandboxServer.StartAsync();
        var rotated = server.RotateCertificate();
        var validator = new PinnedCertificateValidator(Convert.ToHexString(SHA256.HashData(rotated.RawData)));

        var (status, body) = await GetHealthAsync(server, validator);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body);
    }

    private static string Sha256Hex(SandboxServer server) => Convert.ToHexString(SHA256.HashData(server.Certificate.RawData));

    private static async Task<(HttpStatusCode Status, string Body)> GetHealthAsync(SandboxServer server, PinnedCertificateValidator validator)
    {
        using var client = new HttpClient(PinnedHttpHandler.Create(validator, ConnectTimeout)) { BaseAddress = server.BaseAddress };
        using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task AssertTlsRefusedAsync(SandboxServer server, PinnedCertificateValidator validator)
    {
        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => GetHealthAsync(server, validator));
        Assert.IsType<AuthenticationException>(failure.InnerException);
    }
}

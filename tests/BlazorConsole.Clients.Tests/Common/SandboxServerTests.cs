using System.Net;
using System.Security.Cryptography;
using BlazorConsole.Clients.Common;
using BlazorConsole.Sandbox.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BlazorConsole.Clients.Tests.Common;

public sealed class SandboxServerTests
{
    [Fact]
    public async Task StartAsync_Default_ListensOnLoopbackOverHttps()
    {
        await using var server = await SandboxServer.StartAsync();

        Assert.Equal(Uri.UriSchemeHttps, server.BaseAddress.Scheme);
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
        Assert.True(server.Certificate.HasPrivateKey);
    }

    [Fact]
    public async Task StartAsync_RoutesMappedByCaller_AreServed()
    {
        await using var server = await SandboxServer.StartAsync(app =>
            app.MapPost("/api/v1.0/Session.Ping", () => Results.Text("{\"PxgRetVal\":true}", "application/json")));
        var validator = new PinnedCertificateValidator(Convert.ToHexString(SHA256.HashData(server.Certificate.RawData)));
        using var client = new HttpClient(PinnedHttpHandler.Create(validator)) { BaseAddress = server.BaseAddress };

        using var response = await client.PostAsync(new Uri("api/v1.0/Session.Ping", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"PxgRetVal\":true}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RotateCertificate_NewKey_ChangesServedCertificate()
    {
        await using var server = await SandboxServer.StartAsync();
        var before = server.Certificate;

        var after = server.RotateCertificate();

        Assert.Same(after, server.Certificate);
        Assert.NotEqual(before.RawData, after.RawData);
        Assert.Equal(before.Subject, after.Subject);
    }

    [Fact]
    public async Task RotateCertificate_WithoutPrivateKey_Throws()
    {
        await using var server = await SandboxServer.StartAsync();
        using var publicOnly = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(server.Certificate.RawData);

        Assert.Throws<ArgumentException>(() => server.RotateCertificate(publicOnly));
    }
}

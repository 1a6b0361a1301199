using System.Net;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Api.Common;

/// <summary>Requests no REST method takes answer like the API does: Basic 401, then 404 or 405 with an XML error.</summary>
public sealed class ApiRoutingTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    private const string TenantPath = "/tenants/0198f2a4-5c1e-7b3d-9a41-2f6c8e0d7b15";
    private const string CancelPath = "/tasks/0198f2a4-5d02-7c8e-8f10-6a2b4c9e1d37/cancel";

    [Theory]
    [InlineData("GET", "/no-such-method")]
    [InlineData("POST", "/tenants/x/y/z")]
    [InlineData("PUT", TenantPath)]
    [InlineData("GET", CancelPath)]
    public async Task Send_WithoutCredentials_Returns401WithBasicChallenge(string method, string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), ApiClient.Prefix + path));

        await response.AssertErrorAsync(401, "VIRMT_AuthenticationRequired");
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("GET", "/no-such-method")]
    [InlineData("DELETE", "/reports")]
    [InlineData("POST", "/tenants/x/y/z")]
    [InlineData("GET", "")]
    [InlineData("GET", "/report.csv")]
    public async Task Send_UnknownPathWithCredentials_Returns404MethodNotFound(string method, string path)
    {
        using var client = factory.CreateApiClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), ApiClient.Prefix + path));

        await response.AssertErrorAsync(404, "VIRMT_MethodNotFound");
    }

    [Theory]
    [InlineData("PUT", TenantPath, "DELETE, GET")]
    [InlineData("PATCH", TenantPath + "/", "DELETE, GET")]
    [InlineData("GET", CancelPath, "POST")]
    [InlineData("DELETE", "/tenants", "GET, POST")]
    [InlineData("GET", "/tenants/some-id/activate", "POST")]
    [InlineData("POST", "/reports/tenants/some-id", "GET")]
    public async Task Send_KnownPathWithOtherMethod_Returns405WithAllowHeader(string method, string path, string allowed)
    {
        using var client = factory.CreateApiClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), ApiClient.Prefix + path));

        await response.AssertErrorAsync(405, "VIRMT_MethodNotAllowed");
        Assert.Equal(allowed, string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Send_KnownMethod_IsNotTakenByTheCatchAll()
    {
        using var client = factory.CreateApiClient();

        using var list = await client.GetApiAsync("/tenants");
        using var tenant = await client.GetApiAsync(TenantPath);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("tenants", (await list.ReadXmlAsync()).Name.LocalName);
        await tenant.AssertErrorAsync(404, "VIRMT_TenantWithSpecifiedIdNotFound");
    }

    [Fact]
    public async Task Get_UnknownPageOutsideTheApi_StillRedirectsToSignIn()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text;
using System.Xml.Linq;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Access;

public sealed class BasicAuthenticationTests : IDisposable
{
    private const string TenantsPath = "/api/2.0/virtualization/tenants";
    private const string Challenge = "Basic realm=\"BlazorConsole\", charset=\"UTF-8\"";

    private readonly AccessHost _host = new();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData(TenantsPath)]
    [InlineData(ProbeEndpointFilter.Path)]
    public async Task Get_WithoutCredentials_Returns401WithBasicChallenge(string path)
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Challenge, response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Get_WithoutCredentials_AnswersXmlErrorWithCode()
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync(ProbeEndpointFilter.Path);

        Assert.Equal("application/xml", AccessClient.ContentTypeOf(response)?.MediaType);
        var error = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("error", error.Name.LocalName);
        Assert.Equal(AccessErrors.AuthenticationRequiredCode, error.Element("code")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(error.Element("message")?.Value));
    }

    [Theory]
    [InlineData(TenantsPath)]
    [InlineData(ProbeEndpointFilter.Path)]
    public async Task Get_WrongPassword_Returns401WithBasicChallenge(string path)
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync(path, AccessClient.BasicValue(ConsoleFactory.AdminUserName, "Wrong-Passw0rd!"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Challenge, response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("Basic !!!not-base64!!!")]
    [InlineData("Basic YWRtaW4=")] // "admin", no colon
    [InlineData("Basic /w==")] // one byte that is not UTF-8
    public async Task Get_MalformedAuthorizationHeader_Returns401(string header)
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync(ProbeEndpointFilter.Path, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Challenge, response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Get_UnknownUserName_Returns401()
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue("nobody", ConsoleFactory.AdminPassword));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_RightCredentials_Returns200AsTheUser()
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ConsoleFactory.AdminUserName, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_SignInCookieOnly_Returns401()
    {
        using var client = _host.CreateClient();
        var signIn = await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(SignInPageTests.AuthCookie, client.Cookies.Keys);

        var page = await client.GetAsync("/");
        var api = await client.GetAsync(ProbeEndpointFilter.Path);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(Challenge, api.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Get_FiveWrongPasswords_LeaveTheAccountUsableFromApiAndSignIn()
    {
        using var client = _host.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            var wrong = await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue(ConsoleFactory.AdminUserName, $"Wrong-Passw0rd-{i}"));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var api = await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword));
        var signIn = await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(SignInPageTests.AuthCookie, client.Cookies.Keys);
        var user = await _host.WithUsersAsync(users => users.FindByNameAsync(ConsoleFactory.AdminUserName));
        Assert.Equal(0, user!.AccessFailedCount);
        Assert.Null(user.LockoutEnd);
    }

    [Fact]
    public async Task Get_AccountLockedOutFromSignInPage_Returns401()
    {
        using var client = _host.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(ConsoleFactory.AdminUserName, $"Wrong-Passw0rd-{i}");
        }

        var api = await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword));

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(Challenge, api.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Get_TenFailuresWithinAMinute_Returns429WithRetryAfterAndXmlWithoutCheckingThePassword()
    {
        using var client = _host.CreateClient();
        await FailAsync(client, 10);

        var response = await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal("application/xml", AccessClient.ContentTypeOf(response)?.MediaType);
        Assert.Equal(AccessErrors.TooManyRequestsCode, XElement.Parse(await response.Content.ReadAsStringAsync()).Element("code")?.Value);
    }

    [Fact]
    public async Task Get_NineFailures_StillChecksThePassword()
    {
        using var client = _host.CreateClient();
        await FailAsync(client, 9);

        var response = await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_ThrottledAddress_RecoversAfterTheWindow()
    {
        using var client = _host.CreateClient();
        var basic = AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        await FailAsync(client, 10);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(ProbeEndpointFilter.Path, basic)).StatusCode);

        _host.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(ProbeEndpointFilter.Path, basic)).StatusCode);
        _host.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpointFilter.Path, basic)).StatusCode);
    }

    [Fact]
    public async Task Get_SuccessesBetweenFailures_AreNotCountedAndResetNothing()
    {
        using var client = _host.CreateClient();
        var basic = AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpointFilter.Path, basic)).StatusCode);
            await FailAsync(client, 1);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(ProbeEndpointFilter.Path, basic)).StatusCode);
    }

    [Fact]
    public async Task Get_ThrottleLimitConfigured_AppliesIt()
    {
        using var host = new AccessHost(settings => settings["Access:ApiThrottle:MaxFailures"] = "3");
        using var client = host.CreateClient();
        await FailAsync(client, 3);

        var response = await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    private static async Task FailAsync(AccessClient client, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var wrong = await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue(ConsoleFactory.AdminUserName, $"Wrong-Passw0rd-{i}"));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
    }

    [Fact]
    public async Task Get_AccountDisabledAfterASuccessfulCall_Returns401()
    {
        using var client = _host.CreateClient();
        var basic = AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpointFilter.Path, basic)).StatusCode);

        await _host.WithUsersAsync(async users =>
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(ConsoleFactory.AdminUserName))!, DateTimeOffset.MaxValue));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(ProbeEndpointFilter.Path, basic)).StatusCode);
    }

    [Fact]
    public async Task Get_NonAsciiPasswordInUtf8_Returns200()
    {
        const string password = "Pässwörd-Ünïcode-1";
        await _host.WithUsersAsync(async users =>
        {
            var user = new BlazorConsole.Data.Access.ConsoleUser { UserName = "operator" };
            return await users.CreateAsync(user, password);
        });
        using var client = _host.CreateClient();
        var header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("operator:" + password));

        var response = await client.GetAsync(ProbeEndpointFilter.Path, header);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

using System.Net;
using BlazorConsole.Web.Components.Pages.Access;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Access;

public sealed class SignInPageTests : IDisposable
{
    public const string AuthCookie = "BlazorConsole.Auth";

    private readonly AccessHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Get_SignIn_Returns200WithLabelledFieldsAndButton()
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync("/signin");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<label for=\"signin-username\"[^>]*>User name</label>", html);
        Assert.Matches("<label for=\"signin-password\"[^>]*>Password</label>", html);
        Assert.Matches("<input[^>]*id=\"signin-username\"[^>]*name=\"Input.UserName\"|<input[^>]*name=\"Input.UserName\"[^>]*id=\"signin-username\"", html);
        Assert.Matches("<input[^>]*type=\"password\"[^>]*id=\"signin-password\"|<input[^>]*id=\"signin-password\"[^>]*type=\"password\"", html);
        Assert.Matches("<button[^>]*type=\"submit\"[^>]*>[\\s\\S]*?Sign in", html);
        Assert.NotEmpty(AccessClient.TokenOf(html));
    }

    [Fact]
    public async Task Post_WrongPassword_ShowsErrorAndSetsNoCookie()
    {
        using var client = _host.CreateClient();

        var response = await client.SignInAsync(ConsoleFactory.AdminUserName, "Wrong-Passw0rd!");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SignInPage.IncorrectMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(AuthCookie, client.Cookies.Keys);
    }

    [Fact]
    public async Task Post_WrongPassword_DoesNotWriteThePasswordIntoThePage()
    {
        const string typed = "Typed-Secret-Passw0rd-4711";
        using var client = _host.CreateClient();

        var response = await client.SignInAsync(ConsoleFactory.AdminUserName, typed);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains(SignInPage.IncorrectMessage, html, StringComparison.Ordinal);
        Assert.DoesNotContain(typed, html, StringComparison.Ordinal);
        Assert.Contains(ConsoleFactory.AdminUserName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MissingUserName_DoesNotWriteThePasswordIntoThePage()
    {
        const string typed = "Typed-Secret-Passw0rd-4712";
        using var client = _host.CreateClient();

        var response = await client.SignInAsync("", typed);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Enter your user name.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(typed, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownUser_ShowsTheSameError()
    {
        using var client = _host.CreateClient();

        var response = await client.SignInAsync("nobody", "Wrong-Passw0rd!");

        Assert.Contains(SignInPage.IncorrectMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(AuthCookie, client.Cookies.Keys);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = _host.CreateClient();

        var response = await client.PostFormAsync("/signin", new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["Input.UserName"] = ConsoleFactory.AdminUserName,
            ["Input.Password"] = ConsoleFactory.AdminPassword,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(AuthCookie, client.Cookies.Keys);
    }

    [Fact]
    public async Task Post_RightPassword_SetsSecureHttpOnlyCookieAndRedirectsHome()
    {
        using var client = _host.CreateClient();

        var response = await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", AccessClient.RedirectTargetOf(response));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("%2Ftenants%3Fpage%3D2", "/tenants?page=2")]
    [InlineData("https%3A%2F%2Fevil.example%2F", "/")]
    [InlineData("%2F%2Fevil.example", "/")]
    [InlineData("%2F%5Cevil.example", "/")]
    public async Task Post_RightPassword_FollowsReturnUrlOnlyWhenLocal(string returnUrl, string expected)
    {
        using var client = _host.CreateClient();

        var response = await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword, "/signin?ReturnUrl=" + returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, AccessClient.RedirectTargetOf(response));
    }

    [Fact]
    public async Task Post_AfterFiveWrongPasswords_ShowsLockoutMessage()
    {
        using var client = _host.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(ConsoleFactory.AdminUserName, $"Wrong-Passw0rd-{i}");
        }

        var response = await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        Assert.Contains(SignInPage.LockedOutMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(AuthCookie, client.Cookies.Keys);
    }

    [Theory]
    [InlineData("/", "/signin?ReturnUrl=%2F")]
    [InlineData("/tenants", "/signin?ReturnUrl=%2Ftenants")]
    public async Task Get_PageWhileAnonymous_RedirectsToSignIn(string path, string expected)
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, AccessClient.RedirectTargetOf(response));
    }

    [Fact]
    public async Task Get_FrameworkScriptWhileAnonymous_Returns200()
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync("/_framework/blazor.web.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostSignOut_WithToken_EndsTheSessionAndRedirectsToSignIn()
    {
        using var client = _host.CreateClient();
        await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        var token = AccessClient.TokenOf(await (await client.GetAsync("/signin")).Content.ReadAsStringAsync());

        var response = await client.PostFormAsync("/signout", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", AccessClient.RedirectTargetOf(response));
        Assert.DoesNotContain(AuthCookie, client.Cookies.Keys);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task PostSignOut_WithoutToken_KeepsTheSession()
    {
        using var client = _host.CreateClient();
        await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        var response = await client.PostFormAsync("/signout", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}

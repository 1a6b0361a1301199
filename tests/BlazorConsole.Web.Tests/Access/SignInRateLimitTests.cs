using System.Net;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Access;

public sealed class SignInRateLimitTests : IDisposable
{
    private readonly AccessHost _host = new(settings => settings["Access:SignInRateLimit:PermitLimit"] = "3");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SignInPosts_BeyondTheLimit_Answer429WithRetryAfter_AndGetsStillWork()
    {
        using var client = _host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(ConsoleFactory.AdminUserName, $"Wrong-Passw0rd-{i}")).StatusCode);
        }

        var limited = await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), limited.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain(SignInPageTests.AuthCookie, client.Cookies.Keys);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/signin")).StatusCode);
    }
}

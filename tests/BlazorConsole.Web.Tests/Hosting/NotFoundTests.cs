using System.Net;
using BlazorConsole.Web.Tests.Access;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Hosting;

public sealed class NotFoundTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    [Fact]
    public async Task UnknownPage_SignedIn_Returns404WithTheConsolesNotFoundPage()
    {
        using var browser = new AccessClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword)).StatusCode);

        var response = await browser.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_Anonymous_IsSentToSignIn()
    {
        using var browser = new AccessClient(factory.CreateClient(new() { AllowAutoRedirect = false }));

        var response = await browser.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", AccessClient.RedirectTargetOf(response), StringComparison.Ordinal);
    }
}

using BlazorConsole.Web.Components.Pages.Common;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;

namespace BlazorConsole.Web.Tests.Components.Pages;

public sealed class NotFoundPageTests : ConsoleComponentTest
{
    [Fact]
    public void Render_SaysThePageIsMissingAndLinksBackToTenants()
    {
        var page = Render<NotFoundPage>();

        Assert.Equal("Page not found", page.Find("h1").TextContent.Trim());
        Assert.Equal("/tenants", page.Find("a").GetAttribute("href"));
    }
}

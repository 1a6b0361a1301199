using BlazorConsole.Web.Components.Layout;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Layout;

public sealed class BreadcrumbCurrentTests : ConsoleComponentTest
{
    [Fact]
    public void Render_PageNamesItsItem_LastCrumbShowsTheNameUntilTheAddressChanges()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/tenants/0193aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee");
        var cut = Render<ConsoleBreadcrumbs>();
        Assert.Contains("Tenant 0193aaaa", cut.Markup, StringComparison.Ordinal);

        Services.GetRequiredService<BreadcrumbCurrent>().Set("Acme Corp");

        cut.WaitForAssertion(() => Assert.Contains("Acme Corp", cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Tenant 0193aaaa", cut.Markup, StringComparison.Ordinal);

        navigation.NavigateTo("/tasks");

        cut.WaitForAssertion(() => Assert.DoesNotContain("Acme Corp", cut.Markup, StringComparison.Ordinal));
    }
}

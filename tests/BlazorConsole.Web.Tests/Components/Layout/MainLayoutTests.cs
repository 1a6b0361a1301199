using BlazorConsole.Web.Components.Layout;
using BlazorConsole.Web.Tests.Components.Common;
using BlazorConsole.Web.Tests.Components.Shared;
using Bunit;

namespace BlazorConsole.Web.Tests.Components.Layout;

public sealed class MainLayoutTests : ShellComponentTest
{
    [Fact]
    public void Render_Drawer_LinksEverySection()
    {
        var cut = RenderLayout(b => b.AddContent(0, "page"));

        var drawer = cut.Find(".mud-navmenu");
        var links = drawer.QuerySelectorAll("a[href]").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/tenants", links["Tenants"]);
        Assert.Equal("/tasks", links["Tasks"]);
        Assert.Equal("/reports", links["Reports"]);
        Assert.Equal("/ksc", links["KSC connection"]);
        Assert.Equal("/reference/api", links["API reference"]);
        Assert.Equal("/hierarchy", links["Server hierarchy"]);
        Assert.Equal("/integrations", links["Integrations"]);
        Assert.Equal("/access/accounts", links["Access"]);
        Assert.Equal("/access/connections", links["API connections"]);
        Assert.Equal(9, links.Count);
        Assert.Empty(drawer.QuerySelectorAll($"[title='{NavMenu.ComingLater}']"));
    }

    [Fact]
    public void DarkModeSwitch_Clicked_SwitchesToTheDarkPalette()
    {
        var cut = RenderLayout(b => b.AddContent(0, "page"));
        Assert.Contains(Rgb(ConsoleTheme.Theme.PaletteLight.Primary), ThemeStyle(cut));

        LabelledInput(cut, "Toggle dark mode").Change(true);

        cut.WaitForAssertion(() => Assert.Contains(Rgb(ConsoleTheme.Theme.PaletteDark.Primary), ThemeStyle(cut)));
        Assert.DoesNotContain(Rgb(ConsoleTheme.Theme.PaletteLight.Primary), ThemeStyle(cut));
    }

    [Fact]
    public void Render_SignedInUser_ShowsTheNameAndASignOutFormWithAntiforgery()
    {
        Authorization.SetAuthorized("operator1");

        var cut = RenderLayout(b => b.AddContent(0, "page"));

        Assert.Contains("operator1", cut.Find("[aria-label='Signed-in user']").TextContent, StringComparison.Ordinal);
        var form = cut.Find("form[action='/signout']");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(FakeAntiforgeryStateProvider.Token, form.QuerySelector($"input[name='{FakeAntiforgeryStateProvider.FieldName}']")?.GetAttribute("value"));
        Assert.Contains("Sign out", form.QuerySelector("button[type=submit]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PageThrows_ShowsFriendlyMessageWithTheLoggedCorrelationId()
    {
        var cut = RenderLayout(b =>
        {
            b.OpenComponent<ThrowingPart>(0);
            b.CloseComponent();
        });

        var alert = cut.Find("[role=alert]");
        Assert.Contains("Something went wrong", alert.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", cut.Markup, StringComparison.Ordinal);
        var correlationId = cut.Find(".console-correlation").TextContent.Trim();
        Assert.NotEmpty(correlationId);
        Assert.Contains(Logs.Entries, e => e.Message.Contains(correlationId, StringComparison.Ordinal) && e.Exception is InvalidOperationException);
    }

    /// <summary>The input whose accessible name (aria-label or aria-labelledby) is <paramref name="label"/>.</summary>
    private static AngleSharp.Dom.IElement LabelledInput(IRenderedComponent<MainLayout> cut, string label) =>
        cut.FindAll("input").Single(i =>
            i.GetAttribute("aria-label") == label
            || (i.GetAttribute("aria-labelledby") is { } id && cut.Find($"#{id}").TextContent.Trim() == label));

    private static string ThemeStyle(IRenderedComponent<MainLayout> cut) =>
        string.Concat(cut.FindAll("style").Select(s => s.TextContent));

    private static string Rgb(MudBlazor.Utilities.MudColor color) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--mud-palette-primary: rgba({color.R},{color.G},{color.B},1)");

    private IRenderedComponent<MainLayout> RenderLayout(Microsoft.AspNetCore.Components.RenderFragment body) =>
        Render<MainLayout>(p => p.Add(l => l.Body, body));
}

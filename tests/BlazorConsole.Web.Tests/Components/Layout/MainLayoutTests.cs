using BlazorConsole.Core.Access;
using BlazorConsole.Web.Components.Layout;
using BlazorConsole.Web.Tests.Components.Common;
using BlazorConsole.Web.Tests.Components.Shared;
using Bunit;

namespace BlazorConsole.Web.Tests.Components.Layout;

public sealed class MainLayoutTests : ShellComponentTest
{
    [Fact]
    public void Render_DrawerForAnAdministrator_LinksEverySection()
    {
        Authorization.SetRoles(ConsoleRoles.Administrator);

        var links = DrawerLinks(RenderLayout(b => b.AddContent(0, "page")));

        Assert.Equal("/tenants", links["Tenants"]);
        Assert.Equal("/tasks", links["Tasks"]);
        Assert.Equal("/reports", links["Reports"]);
        Assert.Equal("/ksc", links["KSC connection"]);
        Assert.Equal("/reference/api", links["API reference"]);
        Assert.Equal("/hierarchy", links["Server hierarchy"]);
        Assert.Equal("/integrations", links["Integrations"]);
        Assert.Equal("/access/accounts", links["Accounts"]);
        Assert.Equal("/access/connections", links["API connections"]);
        Assert.Equal("/access/audit", links["Audit log"]);
        Assert.Equal(10, links.Count);
    }

    [Fact]
    public void Render_DrawerForAnAuditor_LinksTheAuditLogButNotAccountsOrConnections()
    {
        Authorization.SetRoles(ConsoleRoles.Auditor);

        var links = DrawerLinks(RenderLayout(b => b.AddContent(0, "page")));

        Assert.Equal("/access/audit", links["Audit log"]);
        Assert.DoesNotContain("Accounts", links.Keys);
        Assert.DoesNotContain("API connections", links.Keys);
        Assert.Equal(8, links.Count);
    }

    [Fact]
    public void Render_DrawerForAnOperator_HasNoAccessEntries()
    {
        Authorization.SetRoles(ConsoleRoles.Operator);

        var cut = RenderLayout(b => b.AddContent(0, "page"));

        var links = DrawerLinks(cut);
        Assert.Equal(7, links.Count);
        Assert.DoesNotContain(links.Values, href => href!.StartsWith("/access/", StringComparison.Ordinal));
        Assert.Empty(cut.Find(".mud-navmenu").QuerySelectorAll($"[title='{NavMenu.ComingLater}']"));
    }

    [Fact]
    public void CommandPalette_Operator_IsNotOfferedTheAccessPages()
    {
        Authorization.SetRoles(ConsoleRoles.Operator);

        var offers = PaletteOffers(RenderLayout(b => b.AddContent(0, "page")));

        Assert.Contains("Tenants", offers);
        Assert.DoesNotContain("Accounts", offers);
        Assert.DoesNotContain("API connections", offers);
        Assert.DoesNotContain("Audit log", offers);
    }

    [Fact]
    public void CommandPalette_Administrator_IsOfferedTheAccessPages()
    {
        Authorization.SetRoles(ConsoleRoles.Administrator);

        var offers = PaletteOffers(RenderLayout(b => b.AddContent(0, "page")));

        Assert.Contains("Accounts", offers);
        Assert.Contains("API connections", offers);
        Assert.Contains("Audit log", offers);
    }

    [Fact]
    public void Render_SignedInUser_LinksToTwoStepVerification()
    {
        Authorization.SetAuthorized("operator1");

        var cut = RenderLayout(b => b.AddContent(0, "page"));

        Assert.Equal("/access/two-step", cut.Find("a[aria-label='Two-step verification']").GetAttribute("href"));
    }

    [Fact]
    public void Render_Anonymous_HasNoUserArea()
    {
        Authorization.SetNotAuthorized();

        var cut = RenderLayout(b => b.AddContent(0, "page"));

        Assert.Empty(cut.FindAll("a[aria-label='Two-step verification']"));
        Assert.Empty(cut.FindAll("form[action='/signout']"));
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

    private static Dictionary<string, string?> DrawerLinks(IRenderedComponent<MainLayout> cut) =>
        cut.Find(".mud-navmenu").QuerySelectorAll("a[href]").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));

    private static List<string> PaletteOffers(IRenderedComponent<MainLayout> cut)
    {
        cut.InvokeAsync(() => cut.Instance.OpenPalette());
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=palette-result]")));
        return [.. cut.FindAll("[data-testid=palette-result]").Select(b => b.TextContent.Trim())];
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

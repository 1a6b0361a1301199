using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Components.Layout;
using BlazorConsole.Web.Components.Shared;
using BlazorConsole.Web.Tests.Components.Shared;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Layout;

public sealed class ShellFeaturesTests : ShellComponentTest
{
    [Fact]
    public void RunningTasksBadge_TaskQueuedAndEnded_CountFollowsLive()
    {
        TaskRows.Add(TaskTypes.CreateTenant, TaskState.Running);
        TaskRows.Add(TaskTypes.DeleteTenant, TaskState.Completed);
        var cut = RenderLayout();
        cut.WaitForAssertion(() => Assert.Equal("Task centre: 1 unfinished task", Badge(cut).GetAttribute("aria-label")), Wait);

        var queued = TaskRows.Add(TaskTypes.CreateTenantReport, TaskState.Queued);
        Notifier.Publish(queued.Snapshot());

        cut.WaitForAssertion(() => Assert.Equal("Task centre: 2 unfinished tasks", Badge(cut).GetAttribute("aria-label")), Wait);
        Assert.Equal("/tasks", Badge(cut).GetAttribute("href"));
    }

    [Fact]
    public void DarkMode_ChosenBefore_IsRestoredAndANewChoiceIsStored()
    {
        var module = JSInterop.SetupModule(MainLayout.ShellModule);
        module.Setup<string?>("readTheme").SetResult("dark");
        module.SetupVoid("startShortcuts", _ => true).SetVoidResult();
        var write = module.SetupVoid("writeTheme", _ => true);
        write.SetVoidResult();

        var cut = RenderLayout();

        cut.WaitForAssertion(() => Assert.Contains(Rgb(ConsoleTheme.Theme.PaletteDark.Primary), ThemeStyle(cut)), Wait);
        cut.FindAll("input").Single(i => i.GetAttribute("aria-label") == "Toggle dark mode"
            || (i.GetAttribute("aria-labelledby") is { } id && cut.Find($"#{id}").TextContent.Trim() == "Toggle dark mode")).Change(false);
        cut.WaitForAssertion(() => Assert.Contains(Rgb(ConsoleTheme.Theme.PaletteLight.Primary), ThemeStyle(cut)), Wait);
        Assert.Equal("light", Assert.Single(module.Invocations, i => i.Identifier == "writeTheme").Arguments[0]);
    }

    [Fact]
    public void CommandPalette_TenantNameTyped_SearchesTheServerAndJumpsToTheTenant()
    {
        var acme = Tenants.Add("Acme");
        Tenants.Add("Globex");
        var cut = RenderLayout();

        cut.InvokeAsync(() => cut.Instance.OpenPalette());
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("input[aria-label='Jump to a tenant or a page']")), Wait);
        cut.Find("input[aria-label='Jump to a tenant or a page']").Input("acm");

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("[data-testid=palette-result]"), b => b.TextContent.Trim() == "Tenant: Acme"), Wait);
        Assert.DoesNotContain(cut.FindAll("[data-testid=palette-result]"), b => b.TextContent.Contains("Globex", StringComparison.Ordinal));
        Assert.Equal(CommandPalette.MaxTenants, Tenants.ListQueries[^1].Take);
        cut.FindAll("[data-testid=palette-result]").Single(b => b.TextContent.Trim() == "Tenant: Acme").Click();

        cut.WaitForAssertion(() => Assert.EndsWith($"/tenants/{acme.Id}", Navigation.Uri, StringComparison.Ordinal), Wait);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("input[aria-label='Jump to a tenant or a page']")), Wait);
    }

    [Fact]
    public void CommandPalette_PageNameTyped_OffersThatPage()
    {
        var cut = RenderLayout();

        cut.InvokeAsync(() => cut.Instance.OpenPalette());
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("input[aria-label='Jump to a tenant or a page']")), Wait);
        cut.Find("input[aria-label='Jump to a tenant or a page']").Input("repo");

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("[data-testid=palette-result]"), b => b.TextContent.Trim() == "Reports"), Wait);
        cut.FindAll("[data-testid=palette-result]").Single(b => b.TextContent.Trim() == "Reports").Click();
        cut.WaitForAssertion(() => Assert.EndsWith("/reports", Navigation.Uri, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void CommandPalette_TenantSearchFails_SaysSoWithoutTheErrorTextAndStillOffersPages()
    {
        Tenants.FailNextLists = 1;
        var cut = RenderLayout();

        cut.InvokeAsync(() => cut.Instance.OpenPalette());
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("input[aria-label='Jump to a tenant or a page']")), Wait);
        cut.Find("input[aria-label='Jump to a tenant or a page']").Input("task");

        cut.WaitForAssertion(() => Assert.Contains("could not be searched", cut.Find(".console-palette-results [role=alert]").TextContent, StringComparison.Ordinal), Wait);
        Assert.DoesNotContain("secret detail", cut.Markup, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("[data-testid=palette-result]"), b => b.TextContent.Trim() == "Tasks");
    }

    [Fact]
    public void CommandPalette_NothingMatches_SaysSo()
    {
        var cut = RenderLayout();

        cut.InvokeAsync(() => cut.Instance.OpenPalette());
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("input[aria-label='Jump to a tenant or a page']")), Wait);
        cut.Find("input[aria-label='Jump to a tenant or a page']").Input("zzz");

        cut.WaitForAssertion(() => Assert.Contains("Nothing matches “zzz”.", cut.Find(".console-palette-results").TextContent, StringComparison.Ordinal), Wait);
        Assert.Empty(cut.FindAll("[data-testid=palette-result]"));
    }

    [Fact]
    public void Breadcrumbs_OnATaskPage_LeadFromTheConsoleThroughTasks()
    {
        Navigation.NavigateTo("/tasks/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b?x=1");

        var cut = RenderLayout();

        var crumbs = cut.Find("nav[aria-label=Breadcrumb]");
        Assert.Equal(["Console", "Tasks", "Task 0193a1b2"], crumbs.QuerySelectorAll("li.mud-breadcrumb-item").Select(li => li.TextContent.Trim()));
        Assert.NotNull(crumbs.QuerySelector("a[href='/tasks']"));
    }

    [Fact]
    public void TaskToasts_Show_LinksTheTaskInTheTaskCentre()
    {
        var provider = Render<MudSnackbarProvider>();
        var task = TaskRows.Add(TaskTypes.CreateTenant, TaskState.Queued);

        provider.InvokeAsync(() => Services.GetRequiredService<TaskToasts>().Show(task));

        provider.WaitForAssertion(() => Assert.Contains("Create tenant: queued.", provider.Markup, StringComparison.Ordinal), Wait);
        Assert.NotNull(provider.Find($"a[href='/tasks/{task.Id}']"));
    }

    private static AngleSharp.Dom.IElement Badge(IRenderedComponent<MainLayout> cut) => cut.Find("[data-testid=running-tasks]");

    private static string ThemeStyle(IRenderedComponent<MainLayout> cut) =>
        string.Concat(cut.FindAll("style").Select(s => s.TextContent));

    private static string Rgb(MudBlazor.Utilities.MudColor color) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--mud-palette-primary: rgba({color.R},{color.G},{color.B},1)");

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(l => l.Body, b => b.AddContent(0, "page")));
}

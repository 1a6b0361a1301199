using BlazorConsole.Web.Components.Pages.Tenants;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace BlazorConsole.Web.Tests.Components.Tenants;

public sealed class TenantListPageTests : TenantComponentTest
{
    [Fact]
    public void Render_WhileTheStoreAnswers_ShowsLoading()
    {
        Tenants.Add("Acme");
        Tenants.ListGate = new TaskCompletionSource();

        var cut = RenderWithProviders<TenantListPage>();

        cut.WaitForAssertion(() => Assert.Contains("Loading tenants", cut.Find("[role=status]").TextContent), Wait);
        Tenants.ListGate.SetResult();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=tenant-name]")), Wait);
        Assert.Empty(cut.FindAll("[role=status] .mud-progress-linear"));
    }

    [Fact]
    public void Render_NoTenants_ShowsEmptyStateWithHowToCreateOne()
    {
        var cut = RenderWithProviders<TenantListPage>();

        cut.WaitForAssertion(() => Assert.Contains("There are no tenants yet.", cut.Markup), Wait);
        Assert.Contains("POST /api/2.0/virtualization/tenants", cut.Markup);
        Assert.Equal("/reference/api", cut.Find("a[href='/reference/api']").GetAttribute("href"));
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void Render_StoreFailsOnce_ShowsErrorWithCorrelationIdAndRetryLoadsTheList()
    {
        Tenants.Add("Acme");
        Tenants.FailNextLists = 1;

        var cut = RenderWithProviders<TenantListPage>();

        cut.WaitForAssertion(() => Assert.Contains("could not be loaded", cut.Find("[role=alert]").TextContent), Wait);
        Assert.DoesNotContain("secret detail", cut.Markup);
        var correlationId = cut.Find(".console-correlation").TextContent.Trim();
        Assert.Contains(Logs.Entries, e => e.Message.Contains(correlationId, StringComparison.Ordinal) && e.Exception is InvalidOperationException);

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Retry").Click();

        cut.WaitForAssertion(() => Assert.Equal("Acme", cut.Find("[data-testid=tenant-name]").TextContent), Wait);
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public void Render_WithTenants_ShowsOneRowPerTenantWithItsColumns()
    {
        Tenants.Add("Beta", Core.Tenants.TenantStatus.Inactive);
        Tenants.Add("Acme", Core.Tenants.TenantStatus.Active, Core.Tenants.TenantType.Complete);

        var cut = RenderWithProviders<TenantListPage>();

        cut.WaitForAssertion(() => Assert.Equal(["Acme", "Beta"], cut.FindAll("[data-testid=tenant-name]").Select(c => c.TextContent)), Wait);
        var headers = cut.FindAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Status", "Name", "Type", "VMs", "Created"], headers.Where(h => h.Length > 0));
        var firstRow = cut.FindAll("tbody tr")[0].TextContent;
        Assert.Contains("Active", firstRow, StringComparison.Ordinal);
        Assert.Contains("Complete", firstRow, StringComparison.Ordinal);
        Assert.Contains("2026-01-02 03:04 UTC", firstRow, StringComparison.Ordinal);
        Assert.Equal(TenantListPage.PageSize, Assert.Single(Tenants.ListQueries).Take);
    }

    [Fact]
    public void Search_TypedText_QueriesTheStoreAndKeepsItInTheUrl()
    {
        Tenants.Add("Acme");
        Tenants.Add("Beta");
        var cut = RenderWithProviders<TenantListPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=tenant-name]").Count), Wait);

        cut.Find("input[aria-label='Search tenants']").Input("bet");

        cut.WaitForAssertion(() => Assert.Equal(["Beta"], cut.FindAll("[data-testid=tenant-name]").Select(c => c.TextContent)), Wait);
        Assert.Single(Tenants.ListQueries, q => q.Search == "bet");
        Assert.Equal(0, Tenants.ListQueries[^1].Skip);
        Assert.Contains("q=bet", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_OnALaterPage_LoadsTheFirstPageOnce()
    {
        for (var i = 0; i < 30; i++)
        {
            Tenants.Add($"Tenant {i:D2}");
        }

        Navigation.NavigateTo("/tenants?page=2");
        var cut = RenderWithProviders<TenantListPage>();
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=tenant-name]").Count), Wait);
        Assert.Equal(TenantListPage.PageSize, Assert.Single(Tenants.ListQueries).Skip);

        cut.Find("input[aria-label='Search tenants']").Input("tenant 2");

        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("[data-testid=tenant-name]").Count), Wait);
        var searched = Assert.Single(Tenants.ListQueries, q => q.Search == "tenant 2");
        Assert.Equal(0, searched.Skip);
        Assert.DoesNotContain("page=", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SearchInTheUrl_QueriesTheStoreWithIt()
    {
        Tenants.Add("Acme");
        Tenants.Add("Beta");
        Navigation.NavigateTo("/tenants?q=acm&desc=true");

        var cut = RenderWithProviders<TenantListPage>();

        cut.WaitForAssertion(() => Assert.Equal(["Acme"], cut.FindAll("[data-testid=tenant-name]").Select(c => c.TextContent)), Wait);
        Assert.Equal("acm", Tenants.ListQueries[^1].Search);
        Assert.True(Tenants.ListQueries[^1].Descending);
        Assert.Equal("acm", cut.Find("input[aria-label='Search tenants']").GetAttribute("value"));
    }

    [Fact]
    public void Route_AnonymousUser_SeesNoTenantData()
    {
        Tenants.Add("Acme");
        Authorization.SetNotAuthorized();
        var route = new RouteData(typeof(TenantListPage), new Dictionary<string, object?>());

        var cut = Render<AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, route)
            .Add(v => v.NotAuthorized, _ => b => b.AddContent(0, "Sign in to continue.")));

        cut.WaitForAssertion(() => Assert.Contains("Sign in to continue.", cut.Markup), Wait);
        Assert.DoesNotContain("Acme", cut.Markup);
        Assert.Empty(Tenants.ListQueries);
    }
}

using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Components.Pages.Tenants;
using Bunit;

namespace BlazorConsole.Web.Tests.Components.Tenants;

public sealed class TenantListBulkTests : TenantComponentTest
{
    [Fact]
    public void Render_FiltersAndSortInTheUrl_QueryTheStoreAndTheExportLinkKeepsThem()
    {
        Tenants.Add("Acme");
        Navigation.NavigateTo("/tenants?q=zz&status=inactive&type=complete&sort=vmcount&desc=true");

        var cut = RenderWithProviders<TenantListPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(Tenants.ListQueries), Wait);
        var query = Tenants.ListQueries[^1];
        Assert.Equal(("zz", TenantStatus.Inactive, TenantType.Complete, TenantSort.VmCount, true), (query.Search, query.Status, query.Type, query.Sort, query.Descending));
        var export = cut.Find("a[aria-label='Export CSV of the current view']").GetAttribute("href");
        Assert.Equal("/tenants/export.csv?q=zz&status=inactive&type=complete&sort=vmcount&desc=true", export);
        cut.WaitForAssertion(() => Assert.Contains("No tenant matches", cut.Markup), Wait);
    }

    [Fact]
    public void Sort_ClickOnTheNameColumn_OrdersDescendingAndKeepsItInTheUrl()
    {
        Tenants.Add("Acme");
        Tenants.Add("Beta");
        var cut = RenderWithProviders<TenantListPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=tenant-name]").Count), Wait);

        cut.FindAll("thead th").First(h => h.TextContent.Contains("Name", StringComparison.Ordinal)).QuerySelector(".sortable-column-header")!.Click();

        cut.WaitForAssertion(() => Assert.Equal(["Beta", "Acme"], cut.FindAll("[data-testid=tenant-name]").Select(c => c.TextContent)), Wait);
        Assert.True(Tenants.ListQueries[^1].Descending);
        cut.WaitForAssertion(() => Assert.Contains("desc=true", Navigation.Uri, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void Render_UnknownFilterValues_FallBackToTheWholeList()
    {
        Tenants.Add("Acme");
        Navigation.NavigateTo("/tenants?status=sleeping&type=huge&sort=colour");

        var cut = RenderWithProviders<TenantListPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=tenant-name]")), Wait);
        var query = Tenants.ListQueries[^1];
        Assert.Equal((null, null, TenantSort.Name), (query.Status, query.Type, query.Sort));
    }

    [Fact]
    public void BulkActivate_SelectedRows_QueuesOneParentShowsEachTenantAndRetriesTheFailedOne()
    {
        var acme = Tenants.Add("Acme", TenantStatus.Inactive);
        var beta = Tenants.Add("Beta", TenantStatus.Inactive);
        Tenants.Add("Gamma", TenantStatus.Inactive);
        var cut = RenderWithProviders<TenantListPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=tenant-name]").Count), Wait);

        var rows = cut.FindAll("tbody tr");
        rows[0].QuerySelector("input[type=checkbox]")!.Change(true);
        cut.FindAll("tbody tr")[1].QuerySelector("input[type=checkbox]")!.Change(true);
        cut.WaitForAssertion(() => Assert.Equal("2 selected", cut.Find("[data-testid=selection-count]").TextContent.Trim()), Wait);
        Button(cut, "Activate selected").Click();

        cut.WaitForAssertion(() => Assert.Contains("Activate 2 tenants", cut.Find("[data-testid=bulk-summary]").TextContent), Wait);
        var parent = Assert.Single(TaskRows.All);
        Assert.Equal(BulkTenantTaskHandler.TaskType, parent.Type);
        var input = TaskContext.DeserializeInput<BulkTenantInput>(parent.Input)!;
        Assert.Equal(BulkTenantAction.Activate, input.Action);
        Assert.Equal([acme.Id, beta.Id], input.TenantIds);
        Assert.Contains($"bulk={parent.Id}", Navigation.Uri, StringComparison.Ordinal);

        // the worker: one child per tenant, Acme completes, Beta fails (deleted meanwhile)
        var now = DateTime.UtcNow;
        var acmeChild = AddChild(parent.Id, acme.Id, now);
        var betaChild = AddChild(parent.Id, beta.Id, now.AddTicks(1));
        TaskRows.Update(acmeChild, t => t.State = TaskState.Completed);
        TaskRows.Update(betaChild, t => (t.State, t.ErrorCode, t.ErrorMessage) = (TaskState.Failed, TenantErrors.NotFoundCode, "A tenant with the identifier is not found."));
        TaskRows.Update(parent.Id, t => t.State = TaskState.Completed);

        cut.WaitForAssertion(() => Assert.Contains("1 succeeded, 1 failed", cut.Find("[data-testid=bulk-summary]").TextContent), Wait);
        var states = cut.FindAll("[data-testid=bulk-outcome-state]").Select(s => s.TextContent).ToList();
        Assert.Equal(["Completed", "Failed"], states);
        Assert.Contains(TenantErrors.NotFoundCode, cut.FindAll("[data-testid=bulk-outcome]")[1].TextContent, StringComparison.Ordinal);

        Button(cut, "Retry the failed ones").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, TaskRows.All.Count(t => t.ParentId is null)), Wait);
        var retry = TaskRows.All.Last(t => t.ParentId is null);
        Assert.Equal([beta.Id], TaskContext.DeserializeInput<BulkTenantInput>(retry.Input)!.TenantIds);
        cut.WaitForAssertion(() => Assert.Contains($"bulk={retry.Id}", Navigation.Uri, StringComparison.Ordinal), Wait);
        cut.WaitForAssertion(() => Assert.Contains("Activate 1 tenant", cut.Find("[data-testid=bulk-summary]").TextContent), Wait);
    }

    [Fact]
    public void Render_NoTenants_OffersToCreateTheFirstOne()
    {
        var cut = RenderWithProviders<TenantListPage>();

        cut.WaitForAssertion(() => Assert.True(HasButton(cut, "Create the first tenant")), Wait);
        Assert.True(HasButton(cut, "New tenant"));
    }

    private Guid AddChild(Guid parentId, Guid tenantId, DateTime created)
    {
        var child = new ConsoleTask
        {
            Id = Guid.NewGuid(),
            Type = TaskTypes.ChangeTenantActivation,
            State = TaskState.Running,
            ParentId = parentId,
            TenantId = tenantId,
            Created = created,
            StateChanged = created,
            Changed = created,
        };
        TaskRows.AddAsync(child, CancellationToken.None).GetAwaiter().GetResult();
        return child.Id;
    }
}

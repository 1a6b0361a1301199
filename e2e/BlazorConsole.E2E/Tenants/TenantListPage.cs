using Microsoft.Playwright;

namespace BlazorConsole.E2E.Tenants;

/// <summary>The tenant list (/ and /tenants), found by role and label.</summary>
public sealed class TenantListPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Tenants", Level = 1 });

    public ILocator Search => page.GetByLabel("Search tenants");

    public ILocator EmptyState => page.GetByText("There are no tenants yet.");

    public ILocator Rows => page.GetByTestId("tenant-name");

    public ILocator NewTenant => page.GetByRole(AriaRole.Button, new() { Name = "New tenant" });

    public ILocator Export => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV of the current view" });

    public ILocator BulkSummary => page.GetByTestId("bulk-summary");

    public ILocator BulkOutcomeStates => page.GetByTestId("bulk-outcome-state");

    public ILocator RetryFailed => page.GetByRole(AriaRole.Button, new() { Name = "Retry the failed ones" });

    public async Task GotoAsync() => await page.GotoAsync("/");

    /// <summary>Clicks a column's title, which sorts by it (again: the other way round).</summary>
    public async Task SortByAsync(string column) =>
        await page.Locator("thead th").Filter(new() { HasText = column }).GetByText(column, new() { Exact = true }).ClickAsync();

    /// <summary>Ticks the row of the tenant with this name.</summary>
    public async Task SelectAsync(string name) =>
        await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Select {name}", Exact = true }).CheckAsync();

    public async Task BulkAsync(string action) =>
        await page.GetByRole(AriaRole.Button, new() { Name = $"{action} selected", Exact = true }).ClickAsync();

    public async Task OpenAsync(string name) =>
        await Rows.GetByText(name, new() { Exact = true }).ClickAsync();
}

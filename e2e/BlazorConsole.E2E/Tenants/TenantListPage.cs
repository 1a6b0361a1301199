using Microsoft.Playwright;

namespace BlazorConsole.E2E.Tenants;

/// <summary>The tenant list (/ and /tenants), found by role and label.</summary>
public sealed class TenantListPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Tenants", Level = 1 });

    public ILocator Search => page.GetByLabel("Search tenants");

    public ILocator EmptyState => page.GetByText("There are no tenants yet.");

    public ILocator Rows => page.GetByTestId("tenant-name");

    public async Task GotoAsync() => await page.GotoAsync("/");
}

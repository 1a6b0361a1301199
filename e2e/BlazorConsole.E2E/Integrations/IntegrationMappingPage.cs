using Microsoft.Playwright;

namespace BlazorConsole.E2E.Integrations;

/// <summary>The mapping of tenants to Autotask companies (/integrations/{id}/mapping).</summary>
public sealed class IntegrationMappingPage(IPage page)
{
    public ILocator Rows => page.GetByTestId("mapping-row");

    public ILocator Count => page.GetByTestId("mapping-count");

    public ILocator Notice => page.GetByTestId("integration-notice");

    public ILocator Row(string tenant) => page.Locator($"[data-testid=mapping-row][data-tenant='{tenant}']");

    public ILocator Accept(string tenant) => page.GetByRole(AriaRole.Button, new() { Name = $"Accept the suggestion for {tenant}" });

    public async Task AcceptAsync(string tenant) => await Accept(tenant).ClickAsync();
}

using Microsoft.Playwright;

namespace BlazorConsole.E2E.Integrations;

/// <summary>Usage to contracts (/integrations/{id}/usage?month=yyyy-MM): the dry run and the push.</summary>
public sealed class IntegrationUsagePage(IPage page)
{
    public ILocator Push => page.GetByRole(AriaRole.Button, new() { Name = "Approve and push" });

    public ILocator Notice => page.GetByTestId("integration-notice");

    public ILocator Row(string tenant) => page.Locator($"[data-testid=usage-row][data-tenant='{tenant}']");

    public ILocator Units(string tenant) => Row(tenant).GetByTestId("usage-units");

    public ILocator Current(string tenant) => Row(tenant).GetByTestId("usage-current");

    public ILocator Difference(string tenant) => Row(tenant).GetByTestId("usage-difference");

    public ILocator Pushed(string tenant) => Row(tenant).GetByTestId("usage-pushed");

    public ILocator Trace => page.GetByTestId("usage-trace");

    public ILocator TraceVms => Trace.Locator("tbody tr");

    public async Task TraceAsync(string tenant) => await page.GetByRole(AriaRole.Button, new() { Name = $"Show the VMs behind {tenant}" }).ClickAsync();

    public async Task GotoAsync(string integrationPath, string month) => await page.GotoAsync($"{integrationPath}/usage?month={month}");
}

using Microsoft.Playwright;

namespace BlazorConsole.E2E.Integrations;

/// <summary>An integration's Kaspersky MDR connection and tenant mapping (/integrations/{id}/mdr).</summary>
public sealed class MdrConnectPage(IPage page)
{
    public ILocator BaseUrl => page.GetByLabel("MDR API address");

    public ILocator ClientId => page.GetByLabel("Client ID");

    public ILocator RefreshToken => page.GetByLabel("Refresh token");

    public ILocator Connect => page.GetByRole(AriaRole.Button, new() { Name = "Connect", Exact = true });

    public ILocator ConnectionName => page.GetByTestId("mdr-connection-name");

    public ILocator Role => page.GetByTestId("mdr-role");

    public ILocator Status => page.GetByTestId("mdr-status");

    public ILocator Notice => page.GetByTestId("integration-notice");

    public ILocator MappingNotice => page.GetByTestId("mdr-mapping-notice");

    public ILocator TenantRow(string mdrTenant) => page.Locator($"[data-testid=mdr-tenant-row][data-mdr-tenant='{mdrTenant}']");

    public async Task GotoAsync(string integrationPath) => await page.GotoAsync($"{integrationPath}/mdr");

    public async Task ConnectAsync(string clientId, string refreshToken)
    {
        await ClientId.FillAsync(clientId);
        await RefreshToken.FillAsync(refreshToken);
        await Connect.ClickAsync();
    }

    /// <summary>Maps an MDR tenant to the console tenant found by typing its name.</summary>
    public async Task MapAsync(string mdrTenant, string consoleTenant)
    {
        await page.GetByLabel($"Console tenant for MDR tenant {mdrTenant}").FillAsync(consoleTenant);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = consoleTenant }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Map MDR tenant {mdrTenant}", Exact = true }).ClickAsync();
    }
}

using Microsoft.Playwright;

namespace BlazorConsole.E2E.Integrations;

/// <summary>The integration wizard (/integrations/new), found by role and label.</summary>
public sealed class NewIntegrationPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "New integration", Level = 1 });

    public ILocator UserName => page.GetByLabel("API user name");

    public ILocator Secret => page.GetByLabel("Secret", new() { Exact = true });

    public ILocator IntegrationCode => page.GetByLabel("Integration code", new() { Exact = true });

    public ILocator ManagedAccounts => page.GetByLabel("Managed accounts", new() { Exact = true });

    public ILocator Next => page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true });

    public ILocator Back => page.GetByRole(AriaRole.Button, new() { Name = "Back", Exact = true });

    public ILocator Create => page.GetByRole(AriaRole.Button, new() { Name = "Create integration" });

    public ILocator PermissionLines => page.GetByTestId("permission-line");

    public ILocator Failed => page.GetByTestId("validation-failed");

    public ILocator Passed => page.GetByTestId("validation-passed");

    /// <summary>The permission line of one right (e.g. <c>EditTickets</c>).</summary>
    public ILocator Line(string right) => page.Locator($"[data-testid=permission-line][data-right={right}]");

    public async Task GotoAsync() => await page.GotoAsync("/integrations/new");

    public async Task FillAsync(string userName, string secret, string integrationCode, int managedAccounts)
    {
        await UserName.FillAsync(userName);
        await Secret.FillAsync(secret);
        await IntegrationCode.FillAsync(integrationCode);
        await ManagedAccounts.FillAsync(managedAccounts.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

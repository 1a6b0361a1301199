using Microsoft.Playwright;

namespace BlazorConsole.E2E.Audit;

/// <summary>The audit log page: filters, entries, the chain check and the export.</summary>
public sealed class AuditLogPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Level = 1 });

    public ILocator Actions => page.GetByTestId("audit-action");

    public ILocator Actors => page.GetByTestId("audit-actor");

    public ILocator Verify => page.GetByRole(AriaRole.Button, new() { Name = "Verify the chain" });

    public ILocator VerifyResult => page.GetByTestId("verify-result");

    public ILocator ActionFilter => page.GetByLabel("Action");

    public async Task GotoAsync() => await page.GotoAsync("/access/audit");
}

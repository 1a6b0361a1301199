using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.E2E.Tenants;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Audit;

[Collection(AuditCollection.Name)]
public sealed class AuditFlowTests(AuditBrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact(DisplayName = "Administrator creates a tenant in the console, finds it in the audit log by action and verifies the chain")]
    public Task CreateTenant_InTheConsole_AppearsInTheAuditLogAndTheChainVerifies() => RunAsync(async page =>
    {
        var name = $"Audited {Guid.NewGuid():N}"[..20];
        var list = new TenantListPage(page);
        var dialog = new CreateTenantDialog(page);
        var audit = new AuditLogPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await Expect(list.Heading).ToBeVisibleAsync();
        await list.NewTenant.ClickAsync();
        await dialog.CreateSimpleAsync(name, "Made to be audited");
        await Expect(dialog.TaskState).ToHaveTextAsync("Completed");

        await audit.GotoAsync();
        await Expect(audit.Heading).ToBeVisibleAsync();
        await Expect(audit.Actions.First).ToHaveTextAsync("task.completed");
        await audit.ActionFilter.FillAsync("task.queued");
        await Expect(audit.Actions).ToHaveTextAsync(["task.queued"]);
        await Expect(audit.Actors).ToHaveTextAsync(["admin"]);
        await Expect(page.GetByTestId("audit-address")).ToHaveTextAsync(["127.0.0.1"]);
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Cell, new() { Name = "ui", Exact = true })).ToBeVisibleAsync();
        await audit.Verify.ClickAsync();
        await Expect(audit.VerifyResult).ToContainTextAsync("intact");
        await Screenshots.TakeAsync(page, "audit-log");
    });
}

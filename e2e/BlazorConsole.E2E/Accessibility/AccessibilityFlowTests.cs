using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.E2E.Reports;
using BlazorConsole.E2E.Shell;
using BlazorConsole.E2E.Tasks;
using BlazorConsole.E2E.Tenants;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Accessibility;

[Collection(ShellCollection.Name)]
public sealed class AccessibilityFlowTests(ShellBrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact(DisplayName = "Every main page has no serious or critical axe violation")]
    public Task MainPages_Axe_NoSeriousOrCriticalViolations() => RunAsync(async page =>
    {
        var tenantId = await ConsoleData.CreateTenantAsync(Fixture.Server, "Axe Tenant");
        var violations = new List<string>();

        await page.GotoAsync("/signin");
        await Expect(new SignInPage(page).SignInButton).ToBeVisibleAsync();
        await CheckAsync(page, "signin", violations);

        await new SignInPage(page).SignInAsync(ConsoleServer.AdminUserName, ConsoleServer.AdminPassword);
        await Expect(new TenantListPage(page).Search).ToBeEnabledAsync();
        await Expect(new TenantListPage(page).Rows.First).ToBeVisibleAsync();
        await CheckAsync(page, "tenants", violations);

        var tasks = new TaskCentrePage(page);
        await tasks.GotoAsync();
        await Expect(tasks.TaskLinks.First).ToBeVisibleAsync();
        await CheckAsync(page, "tasks", violations);
        await tasks.TaskLinks.First.ClickAsync();
        await Expect(tasks.StageLog).ToBeVisibleAsync();
        await CheckAsync(page, "task-detail", violations);

        var reports = new ReportsPage(page);
        await reports.GotoAsync();
        await Expect(reports.GenerateButton).ToBeEnabledAsync();
        await CheckAsync(page, "reports", violations);

        await page.GotoAsync("/reference/api");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await CheckAsync(page, "api-reference", violations);

        await page.GotoAsync($"/tenants/{tenantId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await CheckAsync(page, "tenant-detail", violations);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    });

    private static async Task CheckAsync(IPage page, string name, List<string> violations)
    {
        await Screenshots.TakeAsync(page, name);
        var result = await page.RunAxe();
        violations.AddRange(result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{name}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}"));
    }
}

using Microsoft.Playwright;

namespace BlazorConsole.E2E.Reports;

/// <summary>The reports page (/reports), found by role and label.</summary>
public sealed class ReportsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Reports", Level = 1 });

    public ILocator From => page.GetByLabel("From (UTC)");

    public ILocator To => page.GetByLabel("To (UTC)");

    public ILocator GenerateButton => page.GetByRole(AriaRole.Button, new() { Name = "Generate report" });

    public ILocator DownloadButton => page.GetByRole(AriaRole.Link, new() { Name = "Download the report" });

    public ILocator TaskState => page.GetByTestId("report-task-state");

    public ILocator Rows => page.GetByTestId("report-row");

    public async Task GotoAsync() => await page.GotoAsync("/reports");
}

using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.E2E.Shell;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Reports;

[Collection(ShellCollection.Name)]
public sealed class ReportFlowTests(ShellBrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact(DisplayName = "Administrator generates a report of every tenant and downloads it")]
    public Task GenerateReport_AllTenants_DownloadsTheCsvLines() => RunAsync(async page =>
    {
        var biosId = Guid.NewGuid();
        await ConsoleData.PostPeriodsAsync(
            Fixture.Server,
            $"<period biosId=\"{biosId}\" vmName=\"web-01\" start=\"2026-10-02T08:00:00\" end=\"2026-10-02T17:30:00\"/>"
            + $"<period biosId=\"{biosId}\" vmName=\"web-01\" start=\"2026-10-03T08:00:00\" end=\"2026-10-03T09:00:00\"/>");
        var reports = new ReportsPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await reports.GotoAsync();
        await Expect(reports.GenerateButton).ToBeEnabledAsync();

        await reports.From.FillAsync("2026-10-01");
        await reports.To.FillAsync("2026-10-07");
        await reports.GenerateButton.ClickAsync();

        await Expect(reports.TaskState).ToHaveTextAsync("Completed");
        await Expect(reports.Rows.First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "reports");
        var download = await page.RunAndWaitForDownloadAsync(() => reports.DownloadButton.ClickAsync());

        Assert.Equal("protection-report_all-tenants_20261001T000000-20261008T000000.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                $";;{biosId};web-01;2026-10-02T08:00:00;2026-10-02T17:30:00",
                $";;{biosId};web-01;2026-10-03T08:00:00;2026-10-03T09:00:00",
            ],
            lines);
    });
}

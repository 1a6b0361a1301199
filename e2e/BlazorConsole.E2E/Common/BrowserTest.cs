using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace BlazorConsole.E2E.Common;

/// <summary>
/// A flow in a fresh browser context with tracing on; when the flow fails, its trace and a full-page
/// screenshot are kept under e2e/artifacts/ (open the trace with `playwright show-trace`).
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture)
{
    protected BrowserFixture Fixture => fixture;

    protected async Task RunAsync(Func<IPage, Task> flow, [CallerMemberName] string name = "")
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(15_000);
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true, Sources = false });
        var page = await context.NewPageAsync();
        try
        {
            await flow(page);
            await context.Tracing.StopAsync();
        }
        catch
        {
            var folder = Screenshots.Folder;
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
            await context.Tracing.StopAsync(new TracingStopOptions { Path = Path.Combine(folder, $"{name}.trace.zip") });
            throw;
        }
    }
}

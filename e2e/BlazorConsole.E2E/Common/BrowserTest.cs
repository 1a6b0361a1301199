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
            var folder = ArtifactsFolder();
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
            await context.Tracing.StopAsync(new TracingStopOptions { Path = Path.Combine(folder, $"{name}.trace.zip") });
            throw;
        }
    }

    /// <summary>e2e/artifacts next to this project's folder, found from the test binaries.</summary>
    private static string ArtifactsFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BlazorConsole.E2E.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.Parent is { } e2e ? Path.Combine(e2e.FullName, "artifacts") : Path.Combine(AppContext.BaseDirectory, "artifacts");
    }
}

using Microsoft.Playwright;

namespace BlazorConsole.E2E.Shell;

/// <summary>Full-page screenshots of the main pages, written to e2e/artifacts/ (ignored by git) on every run.</summary>
public static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Folder();
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"page-{name}.png"), FullPage = true });
    }

    private static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BlazorConsole.E2E.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.Parent is { } e2e ? Path.Combine(e2e.FullName, "artifacts") : Path.Combine(AppContext.BaseDirectory, "artifacts");
    }
}

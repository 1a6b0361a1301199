using Microsoft.Playwright;

namespace BlazorConsole.E2E.Tenants;

/// <summary>Writes a full-page screenshot of a page under e2e/artifacts/ (ignored by git) on every run.</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BlazorConsole.E2E.csproj")))
        {
            directory = directory.Parent;
        }

        var folder = directory?.Parent is { } e2e ? Path.Combine(e2e.FullName, "artifacts") : Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}

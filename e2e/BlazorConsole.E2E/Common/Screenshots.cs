using Microsoft.Playwright;

namespace BlazorConsole.E2E.Common;

/// <summary>Screenshots and traces under e2e/artifacts/ (ignored by git), written on every run.</summary>
public static class Screenshots
{
    /// <summary>e2e/artifacts next to this project's folder, found from the test binaries.</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>A full-page screenshot named <c>{name}.png</c>.</summary>
    public static async Task TakeAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}.png"), FullPage = true });
    }

    private static string FindFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BlazorConsole.E2E.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.Parent is { } e2e ? Path.Combine(e2e.FullName, "artifacts") : Path.Combine(AppContext.BaseDirectory, "artifacts");
    }
}

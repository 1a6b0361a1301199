using Microsoft.Playwright;

namespace BlazorConsole.E2E.Shell;

/// <summary>The console shell around every page: app bar, drawer, command palette.</summary>
public sealed class ShellPage(IPage page)
{
    public ILocator DarkModeSwitch => page.GetByLabel("Toggle dark mode");

    public ILocator TaskCentreBadge => page.GetByTestId("running-tasks");

    public ILocator PaletteInput => page.GetByLabel("Jump to a tenant or a page");

    public ILocator Breadcrumb => page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" });

    public ILocator PaletteResult(string label) => page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    /// <summary>Waits until the live circuit has started the keyboard shortcuts.</summary>
    public Task WaitForShortcutsAsync() => page.Locator("html[data-shortcuts=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>The primary colour the theme applies now.</summary>
    public Task<string> PrimaryColourAsync() =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--mud-palette-primary').trim()");
}

using Microsoft.Playwright;

namespace BlazorConsole.E2E.Common;

/// <summary>One console server and one headless Chromium (Debian's, never a downloaded one) for the whole run.</summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public ConsoleServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Configure(Server);
        Server.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        });
    }

    /// <summary>Where a derived fixture gives its server settings or test services before it starts.</summary>
    protected virtual void Configure(ConsoleServer server)
    {
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

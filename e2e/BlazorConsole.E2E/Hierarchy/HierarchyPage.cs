using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Hierarchy;

/// <summary>The server hierarchy page (/hierarchy) and its add-secondary wizard, found by roles and labels.</summary>
public sealed class HierarchyPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Server hierarchy" });

    public ILocator AddButton => page.GetByRole(AriaRole.Button, new() { Name = "Add secondary server" });

    public ILocator Notice => page.GetByTestId("hierarchy-notice");

    public ILocator Wizard => page.GetByRole(AriaRole.Dialog, new() { Name = "Add secondary server" });

    public ILocator WizardError => page.GetByTestId("wizard-error");

    public ILocator Secondary(string name) => page.GetByRole(AriaRole.Treeitem, new() { Name = name, Exact = true });

    public async Task GotoAsync()
    {
        await page.GotoAsync("/hierarchy");
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(AddButton).ToBeEnabledAsync();
    }

    public async Task StartWizardAsync(bool fromSecondary = false, bool dmz = false)
    {
        await AddButton.ClickAsync();
        await Expect(Wizard).ToBeVisibleAsync();
        if (fromSecondary)
        {
            await Wizard.GetByText("From the secondary: make a server the secondary of a primary").ClickAsync();
        }

        if (dmz)
        {
            await Wizard.GetByText("Connect primary Administration Server to secondary Administration Server in DMZ").ClickAsync();
        }

        await NextAsync();
    }

    public async Task FillSecondaryAsync(string address, int apiPort, string? displayName, string userName, string password)
    {
        await Field(displayName is null ? "Secondary Administration Server address" : "Secondary Administration Server address (optional)").FillAsync(address);
        await Field("Administration Server API port").FillAsync(apiPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (displayName is not null)
        {
            await Field("Secondary Administration Server display name").FillAsync(displayName);
        }

        await Field("Account on the secondary").FillAsync(userName);
        await Field("Password").FillAsync(password);
        await NextAsync();
    }

    /// <summary>Fetches the secondary's certificate and trusts it in the Verify certificate window.</summary>
    public async Task TrustSecondaryCertificateAsync()
    {
        await Wizard.GetByRole(AriaRole.Button, new() { Name = "Get from secondary Administration Server" }).ClickAsync();
        var verify = page.GetByRole(AriaRole.Dialog, new() { Name = "Verify certificate" });
        await Expect(verify).ToBeVisibleAsync();
        await verify.GetByRole(AriaRole.Button, new() { Name = "Trust and connect" }).ClickAsync();
        await Expect(page.GetByTestId("secondary-trusted")).ToBeVisibleAsync();
    }

    public Task UploadCertificateAsync(string path) => page.GetByLabel("Certificate file").SetInputFilesAsync(path);

    public async Task NextAsync()
    {
        var step = await page.GetByTestId("wizard-step").InnerTextAsync();
        await Wizard.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Expect(page.GetByTestId("wizard-step")).Not.ToHaveTextAsync(step);
    }

    public Task AddAsync() => Wizard.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();

    public ILocator Field(string label) => Wizard.GetByLabel(label, new() { Exact = true });

    /// <summary>Saves a screenshot of the page under e2e/artifacts/ (to look at).</summary>
    public Task ScreenshotAsync(string name) => Common.Screenshots.TakeAsync(page, $"hierarchy-{name}");
}

using System.Text.RegularExpressions;
using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.E2E.Tenants;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Shell;

[Collection(ShellCollection.Name)]
public sealed partial class ShellFlowTests(ShellBrowserFixture fixture) : BrowserTest(fixture)
{
    private const string DarkPrimary = "rgba(44,196,168,1)";

    [Fact(DisplayName = "Administrator switches to dark mode and it stays after a reload")]
    public Task DarkModeSwitch_Reload_StaysDark() => RunAsync(async page =>
    {
        var shell = new ShellPage(page);
        var tenants = new TenantListPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await Expect(tenants.Search).ToBeEnabledAsync();
        await shell.WaitForShortcutsAsync();
        await Expect(shell.DarkModeSwitch).Not.ToBeCheckedAsync();

        await shell.DarkModeSwitch.CheckAsync();
        await Expect(shell.DarkModeSwitch).ToBeCheckedAsync();
        Assert.Equal(DarkPrimary, await shell.PrimaryColourAsync());
        await Screenshots.TakeAsync(page, "tenants-dark");

        await page.ReloadAsync();
        await shell.WaitForShortcutsAsync();
        await Expect(shell.DarkModeSwitch).ToBeCheckedAsync();
        Assert.Equal(DarkPrimary, await shell.PrimaryColourAsync());
    });

    [Fact(DisplayName = "Administrator presses Ctrl+K, types a tenant's name and jumps to it")]
    public Task CommandPalette_TenantName_JumpsToTheTenant() => RunAsync(async page =>
    {
        var tenantId = await ConsoleData.CreateTenantAsync(Fixture.Server, "Palette Industries");
        var shell = new ShellPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await Expect(new TenantListPage(page).Search).ToBeEnabledAsync();
        await shell.WaitForShortcutsAsync();

        await page.Keyboard.PressAsync("Control+k");
        await Expect(shell.PaletteInput).ToBeFocusedAsync();
        await shell.PaletteInput.PressSequentiallyAsync("palette ind");
        await Expect(shell.PaletteResult("Tenant: Palette Industries")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "command-palette");
        await shell.PaletteResult("Tenant: Palette Industries").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/tenants/{tenantId}$", RegexOptions.IgnoreCase));
        await Expect(shell.PaletteInput).ToBeHiddenAsync();
    });

    [Fact(DisplayName = "Administrator presses / and types into the page's search")]
    public Task Slash_OutsideAnInput_FocusesThePageSearch() => RunAsync(async page =>
    {
        var shell = new ShellPage(page);
        var tenants = new TenantListPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await Expect(tenants.Search).ToBeEnabledAsync();
        await shell.WaitForShortcutsAsync();

        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("/");

        await Expect(tenants.Search).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("acme");
        await Expect(tenants.Search).ToHaveValueAsync("acme");
        await Expect(shell.Breadcrumb).ToContainTextAsync("Tenants");
    });
}

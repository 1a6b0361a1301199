using System.Text.RegularExpressions;
using BlazorConsole.E2E.Common;
using BlazorConsole.E2E.Tenants;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Access;

[Collection(BrowserCollection.Name)]
public sealed partial class SignInFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact(DisplayName = "A wrong password is refused and the administrator stays on the sign-in page")]
    public Task WrongPassword_IsRefused() => RunAsync(async page =>
    {
        var signIn = new SignInPage(page);
        await page.GotoAsync("/signin");

        await signIn.SignInAsync(ConsoleServer.AdminUserName, "not-the-password");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The user name or password is incorrect.");
        await Expect(page).ToHaveURLAsync(SignInUrl());
        await Expect(signIn.Password).ToHaveValueAsync(string.Empty);
    });

    [Fact(DisplayName = "Administrator signs out and is sent back to the sign-in page")]
    public Task Administrator_SignsOut() => RunAsync(async page =>
    {
        var tenants = new TenantListPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await Expect(tenants.Heading).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Signed-in user")).ToHaveTextAsync(ConsoleServer.AdminUserName);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(SignInUrl());
        await tenants.GotoAsync();
        await Expect(page).ToHaveURLAsync(SignInUrl());
    });

    [GeneratedRegex("/signin", RegexOptions.IgnoreCase)]
    private static partial Regex SignInUrl();
}

using System.Text.RegularExpressions;
using BlazorConsole.E2E.Common;
using BlazorConsole.Testing.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Access;

[Collection(BrowserCollection.Name)]
public sealed partial class AccountFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string TemporaryPassword = "Temporary-Passw0rd!";

    [Fact(DisplayName = "Administrator adds an account; it turns on two-step verification and then signs in with a computed code")]
    public Task NewAccount_EnrolsInTwoStep_ThenSignsInWithACode() => RunAsync(async page =>
    {
        var signIn = new SignInPage(page);
        await signIn.SignInAsAdministratorAsync();
        await AddAccountAsync(page, "tina");
        await Screenshots.TakeAsync(page, "access-accounts");
        await SignOutAsync(page);

        await signIn.SignInAsync("tina", TemporaryPassword);
        await Expect(page.GetByLabel("Signed-in user")).ToHaveTextAsync("tina");
        await page.GetByRole(AriaRole.Link, new() { Name = "Two-step verification" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(EnrolmentUrl());
        var key = (await page.GetByTestId("shared-key").TextContentAsync())!.Trim();
        await Expect(page.GetByTestId("otpauth-uri")).ToContainTextAsync("otpauth://totp/BlazorConsole:tina?secret=");
        await Screenshots.TakeAsync(page, "access-two-step");
        await page.GetByLabel("Verification code").FillAsync(Totp.Compute(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step verification" }).ClickAsync();
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await Screenshots.TakeAsync(page, "access-two-step-recovery-codes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to the console" }).ClickAsync();
        await SignOutAsync(page);

        await signIn.SignInAsync("tina", TemporaryPassword);
        await Expect(page).ToHaveURLAsync(TwoStepUrl());
        await Screenshots.TakeAsync(page, "access-signin-two-step");
        await page.GetByLabel("Code").FillAsync(Totp.Compute(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(page.GetByLabel("Signed-in user")).ToHaveTextAsync("tina");
    });

    [Fact(DisplayName = "Administrator requires two-step verification for an account; signed in, it reaches only enrolment and sign-out")]
    public Task RequiredTwoStep_HoldsTheAccountOnEnrolment_UntilItSignsOut() => RunAsync(async page =>
    {
        var signIn = new SignInPage(page);
        await signIn.SignInAsAdministratorAsync();
        await AddAccountAsync(page, "rita");
        await page.GetByRole(AriaRole.Button, new() { Name = "Require two-step verification for rita" }).ClickAsync();
        await Expect(Row(page, "rita")).ToContainTextAsync("(required)");
        await SignOutAsync(page);

        await signIn.SignInAsync("rita", TemporaryPassword);
        await Expect(page).ToHaveURLAsync(EnrolmentUrl());
        await Expect(page.GetByTestId("two-step-required")).ToBeVisibleAsync();

        // every other page sends it back, the tenant export included
        await page.GotoAsync("/tenants");
        await Expect(page).ToHaveURLAsync(EnrolmentUrl());
        var export = await page.APIRequest.GetAsync("/tenants/export.csv", new() { MaxRedirects = 0 });
        Assert.Equal(403, export.Status);
        await Screenshots.TakeAsync(page, "access-two-step-required");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SignInUrl());
    });

    [Fact(DisplayName = "An account is locked after five wrong passwords, even the right one is refused, and the administrator unlocks it")]
    public Task Account_LockedAfterFailedPasswords_AndUnlocked() => RunAsync(async page =>
    {
        var signIn = new SignInPage(page);
        await signIn.SignInAsAdministratorAsync();
        await AddAccountAsync(page, "luke");
        await SignOutAsync(page);

        for (var i = 0; i < 5; i++)
        {
            await signIn.SignInAsync("luke", $"Wrong-Passw0rd-{i}");
            await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }

        await signIn.SignInAsync("luke", TemporaryPassword);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("locked");

        await signIn.SignInAsAdministratorAsync();
        await page.GotoAsync("/access/accounts");
        await Expect(Row(page, "luke")).ToContainTextAsync("Locked until");
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock luke" }).ClickAsync();
        await Expect(Row(page, "luke")).ToContainTextAsync("Active");
        await SignOutAsync(page);

        await signIn.SignInAsync("luke", TemporaryPassword);
        await Expect(page.GetByLabel("Signed-in user")).ToHaveTextAsync("luke");
    });

    private static async Task AddAccountAsync(IPage page, string userName)
    {
        await page.GotoAsync("/access/accounts");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accounts", Level = 1 })).ToBeVisibleAsync();
        var add = page.GetByRole(AriaRole.Button, new() { Name = "Add account" });
        await Expect(add).ToBeEnabledAsync();
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Temporary password").FillAsync(TemporaryPassword);
        await add.ClickAsync();
        await Expect(Row(page, userName)).ToContainTextAsync("Operator");
    }

    private static ILocator Row(IPage page, string userName) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByTestId("account-name").GetByText(userName, new() { Exact = true }) });

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SignInUrl());
    }

    [GeneratedRegex("/signin$|/signin\\?", RegexOptions.IgnoreCase)]
    private static partial Regex SignInUrl();

    [GeneratedRegex("/access/two-step", RegexOptions.IgnoreCase)]
    private static partial Regex EnrolmentUrl();

    [GeneratedRegex("/signin/two-step", RegexOptions.IgnoreCase)]
    private static partial Regex TwoStepUrl();
}

using System.Text.RegularExpressions;
using BlazorConsole.Data.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.E2E.Shell;
using BlazorConsole.E2E.Tenants;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Access;

public sealed partial class OidcSignInFlowTests(OidcFixture fixture) : BrowserTest(fixture), IClassFixture<OidcFixture>
{
    [Fact(DisplayName = "A provider user whose group maps to Operator and whose other group maps to one tenant signs in through OIDC, sees only that tenant, and signs out of both")]
    public Task ProviderUser_SignsInAsOperator_AndSignsOut() => RunAsync(async page =>
    {
        await ConsoleData.CreateTenantAsync(Fixture.Server, OidcFixture.ScopedTenant);
        await ConsoleData.CreateTenantAsync(Fixture.Server, "Oidc Beta");
        await page.GotoAsync("/signin");
        var external = page.GetByRole(AriaRole.Button, new() { Name = $"Sign in with {OidcFixture.DisplayName}" });
        await Expect(external).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "access-signin-oidc");

        await external.ClickAsync();
        await page.GetByLabel("Provider user name").FillAsync(TestOidcProvider.UserName);
        await page.GetByLabel("Provider password").FillAsync(TestOidcProvider.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page.GetByLabel("Signed-in user")).ToHaveTextAsync(TestOidcProvider.UserName);
        Assert.Equal(["Operator"], await RolesOfAsync(TestOidcProvider.UserName));

        // the group mapped to one tenant: the tenant list holds only it
        var tenants = new TenantListPage(page);
        await page.GotoAsync("/tenants");
        await Expect(tenants.Heading).ToBeVisibleAsync();
        await Expect(tenants.Rows).ToHaveTextAsync([OidcFixture.ScopedTenant]);
        await Screenshots.TakeAsync(page, "access-oidc-scoped-tenants");

        // an Operator is not an Administrator: the accounts page is refused
        await page.GotoAsync("/access/accounts");
        await Expect(page).ToHaveURLAsync(SignInUrl());

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SignInUrl());
        await page.GotoAsync("/tenants");
        await Expect(page).ToHaveURLAsync(SignInUrl());
    });

    private async Task<IList<string>> RolesOfAsync(string userName)
    {
        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No account {userName}.");
        Assert.Contains(await users.GetLoginsAsync(user), l => l.LoginProvider == "oidc");
        return await users.GetRolesAsync(user);
    }

    [GeneratedRegex("/signin", RegexOptions.IgnoreCase)]
    private static partial Regex SignInUrl();
}

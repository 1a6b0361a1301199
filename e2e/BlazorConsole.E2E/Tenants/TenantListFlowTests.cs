using System.Text.RegularExpressions;
using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Tenants;

[Collection(BrowserCollection.Name)]
public sealed partial class TenantListFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact(DisplayName = "Administrator signs in and sees the empty tenant list")]
    public Task Administrator_SignsIn_SeesTheEmptyTenantList() => RunAsync(async page =>
    {
        var tenants = new TenantListPage(page);
        var signIn = new SignInPage(page);

        await tenants.GotoAsync();
        await Expect(page).ToHaveURLAsync(SignInUrl());
        await signIn.SignInAsync(ConsoleServer.AdminUserName, ConsoleServer.AdminPassword);

        await Expect(tenants.Heading).ToBeVisibleAsync();
        await Expect(tenants.EmptyState).ToBeVisibleAsync();
        await Expect(tenants.Rows).ToHaveCountAsync(0);
    });

    [GeneratedRegex("/signin", RegexOptions.IgnoreCase)]
    private static partial Regex SignInUrl();
}

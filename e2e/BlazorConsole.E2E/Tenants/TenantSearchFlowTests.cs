using System.Text.RegularExpressions;
using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Tenants;

[Collection(BrowserCollection.Name)]
public sealed partial class TenantSearchFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact(DisplayName = "A search typed in the tenant list is kept in the address and survives a reload")]
    public Task Search_IsKeptInTheAddress() => RunAsync(async page =>
    {
        var tenants = new TenantListPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await Expect(tenants.Heading).ToBeVisibleAsync();

        await tenants.Search.FillAsync("zz-no-such-tenant");

        await Expect(page).ToHaveURLAsync(SearchInUrl());
        await Expect(page.GetByText("No tenant matches")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(tenants.Search).ToHaveValueAsync("zz-no-such-tenant");
        await Expect(page.GetByText("No tenant matches")).ToBeVisibleAsync();
    });

    [GeneratedRegex("q=zz-no-such-tenant")]
    private static partial Regex SearchInUrl();
}

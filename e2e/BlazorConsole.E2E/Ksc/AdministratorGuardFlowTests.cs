using BlazorConsole.Core.Access;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Data.Access;
using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.Sandbox.Ksc;
using BlazorConsole.Web.Sandbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Ksc;

[Collection(KscBrowserCollection.Name)]
public sealed class AdministratorGuardFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Password = "Scoped-Passw0rd!x";
    private const string Reason = "Creating a tenant needs an Operator or Administrator account that covers all tenants.";

    private KscSimulator Simulator => Fixture.Server.Services.GetRequiredService<SandboxSimulators>().Ksc
        ?? throw new InvalidOperationException("The Development sandbox did not start its KSC simulator.");

    [Fact(DisplayName = "An Operator of one tenant cannot create tenants and is told why; saving the KSC connection is refused and saves nothing")]
    public Task ScopedOperator_NewTenantDisabled_KscSaveRefused() => RunAsync(async page =>
    {
        var store = Fixture.Server.Services.GetRequiredService<IKscConnectionStore>();
        var before = await store.GetAsync(CancellationToken.None);
        var userName = await AddScopedOperatorAsync();
        await page.GotoAsync("/signin");
        await new SignInPage(page).SignInAsync(userName, Password);
        await Expect(page.GetByLabel("Signed-in user")).ToHaveTextAsync(userName);

        await page.GotoAsync("/tenants");
        var create = page.GetByRole(AriaRole.Button, new() { Name = "New tenant" });
        await Expect(create).ToBeDisabledAsync();
        await Expect(create).ToHaveAttributeAsync("title", Reason);
        await create.Locator("..").HoverAsync();
        await Expect(page.Locator(".mud-tooltip")).ToHaveTextAsync(Reason);
        // the scope covers no existing tenant: the empty list explains instead of offering to create one
        await Expect(page.GetByTestId("create-needs-all-tenants")).ToHaveTextAsync(Reason);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Create the first tenant" })).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "tenants-new-tenant-scoped-operator");

        var ksc = new KscConnectionPage(page);
        await ksc.GotoAsync();
        await Expect(ksc.Address).ToHaveValueAsync(Simulator.Host);
        await Expect(ksc.Save).ToBeEnabledAsync();
        await ksc.Password.FillAsync(Simulator.Options.AdminPassword);
        await ksc.Save.ClickAsync();

        await Expect(page.GetByTestId("ksc-notice")).ToContainTextAsync("Only an Administrator covering all tenants may change connections and integrations.");
        await Screenshots.TakeAsync(page, "ksc-save-refused-operator");
        var after = await store.GetAsync(CancellationToken.None);
        Assert.Equal(before?.Updated, after?.Updated);
        Assert.Equal(before?.Address, after?.Address);

        // the integrations are read: creating one is not offered, the wizard says why
        await page.GotoAsync("/integrations/new");
        await Expect(page.GetByTestId("integration-read-only")).ToContainTextAsync("Only an Administrator covering all tenants creates integrations");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next" })).ToBeDisabledAsync();
        await Screenshots.TakeAsync(page, "integration-wizard-operator");
    });

    private async Task<string> AddScopedOperatorAsync()
    {
        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = new ConsoleUser { UserName = $"scoped-{Guid.NewGuid():N}"[..16], Created = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, ConsoleRoles.Operator)).Succeeded);
        await scope.ServiceProvider.GetRequiredService<IAccountScopeStore>().SetAsync(user.Id, TenantScope.Only([Guid.NewGuid()]), CancellationToken.None);
        return user.UserName;
    }
}

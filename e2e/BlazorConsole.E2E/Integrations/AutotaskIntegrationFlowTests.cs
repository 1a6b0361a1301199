using System.Text.RegularExpressions;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.Sandbox.Autotask;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Integrations;

[Collection(BrowserCollection.Name)]
public sealed partial class AutotaskIntegrationFlowTests(IntegrationFlowFixture integration)
    : BrowserTest(integration.Browser), IClassFixture<IntegrationFlowFixture>
{
    private static readonly UsageMonth LastMonth = UsageMonth.Of(DateTimeOffset.UtcNow).Previous();

    [Fact(DisplayName = "Administrator connects Autotask, maps three tenants and bills last month's protected VMs")]
    public Task Administrator_ConnectsAutotask_MapsTenantsAndPushesUsage() => RunAsync(async page =>
    {
        await integration.AddTenantAsync("Contoso", vms: 3, LastMonth.Start);
        await integration.AddTenantAsync("Fabrikam", vms: 2, LastMonth.Start);
        await integration.AddTenantAsync("Adventure Works", vms: 1, LastMonth.Start);
        await integration.AddTenantAsync("Tailspin Toys", vms: 1, LastMonth.Start);
        var autotask = integration.Autotask;
        await new SignInPage(page).SignInAsAdministratorAsync();

        // a low-permission user: the report says what is missing and nothing can be created
        var wizard = new NewIntegrationPage(page);
        await wizard.GotoAsync();
        await Expect(wizard.Heading).ToBeVisibleAsync();
        await wizard.Next.ClickAsync();
        await wizard.FillAsync(AutotaskSandboxUsers.ReadOnlyUserName, AutotaskSandboxUsers.ReadOnlySecret, AutotaskSandboxUsers.IntegrationCode, 3);
        await wizard.Next.ClickAsync();
        await Expect(wizard.Failed).ToBeVisibleAsync();
        await Expect(wizard.PermissionLines).ToHaveCountAsync(6);
        await Expect(wizard.Line("EditTickets")).ToHaveAttributeAsync("data-access", "None");
        await Expect(wizard.Line("EditTickets")).ToContainTextAsync("Security Levels");
        await Expect(wizard.Line("QueryCompanies")).ToHaveAttributeAsync("data-access", "All");
        await Expect(wizard.Create).ToBeDisabledAsync();
        await ScreenshotAsync(page, "autotask-1-permission-report");

        // switch to a sufficient user: validation passes and the integration is created
        await wizard.Back.ClickAsync();
        await wizard.UserName.FillAsync(AutotaskSandboxUsers.FullUserName);
        await wizard.Secret.FillAsync(AutotaskSandboxUsers.FullSecret);
        await wizard.Next.ClickAsync();
        await Expect(wizard.Passed).ToBeVisibleAsync();
        await wizard.Create.ClickAsync();
        await Expect(page).ToHaveURLAsync(IntegrationUrl());
        var integrationPath = new Uri(page.Url).AbsolutePath;

        var overview = new IntegrationOverviewPage(page);
        await Expect(overview.Status).ToHaveTextAsync("Validated");
        await Expect(overview.Budget).ToBeVisibleAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync(AutotaskSandboxUsers.FullSecret);
        await overview.BillingService.FillAsync(AutotaskSeedData.LightAgentServiceId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await overview.SaveSettings.ClickAsync();
        await Expect(overview.Notice).ToContainTextAsync("The settings are saved.");
        await ScreenshotAsync(page, "autotask-2-integration");

        // map three tenants with their suggestions; a fourth is over the limit
        await overview.MappingLink.ClickAsync();
        var mapping = new IntegrationMappingPage(page);
        await Expect(mapping.Rows).ToHaveCountAsync(4);
        await Expect(mapping.Row("Contoso")).ToContainTextAsync("Suggested: Contoso Ltd");
        foreach (var tenant in new[] { "Contoso", "Fabrikam", "Adventure Works" })
        {
            await mapping.AcceptAsync(tenant);
            await Expect(mapping.Notice).ToContainTextAsync($"{tenant} is mapped to");
        }

        await Expect(mapping.Count).ToHaveTextAsync("3 of 3 managed accounts mapped");
        await mapping.AcceptAsync("Tailspin Toys");
        await Expect(mapping.Notice).ToContainTextAsync("managed-accounts limit");
        await Expect(mapping.Count).ToHaveTextAsync("3 of 3 managed accounts mapped");
        await ScreenshotAsync(page, "autotask-3-mapping");

        // dry run against the contracts, then push through a storm of 429s
        var usage = new IntegrationUsagePage(page);
        await usage.GotoAsync(integrationPath, LastMonth.ToString());
        await Expect(usage.Units("Contoso")).ToHaveTextAsync("3");
        await Expect(usage.Current("Contoso")).ToHaveTextAsync("40");
        await Expect(usage.Difference("Contoso")).ToHaveTextAsync("-37");
        await Expect(usage.Units("Fabrikam")).ToHaveTextAsync("2");
        await Expect(usage.Pushed("Adventure Works")).ToContainTextAsync("no active contract");
        await ScreenshotAsync(page, "autotask-4-dry-run");
        Assert.Empty(autotask.Snapshot().Adjustments);

        autotask.Faults.Storm429(3, retryAfterSeconds: 1, path: "ContractServiceAdjustments");
        await usage.Push.ClickAsync();
        await Expect(usage.Notice).ToContainTextAsync("2 tenants pushed", new() { Timeout = 60_000 });
        await Expect(usage.Pushed("Contoso")).ToContainTextAsync("3 sent by admin");
        var afterFirst = autotask.Snapshot();
        Assert.Equal(2, afterFirst.Adjustments.Count);
        Assert.Equal(3, afterFirst.UnitsAt(AutotaskSeedData.ContosoVmServiceId, new DateTimeOffset(LastMonth.Start).AddDays(1)));
        Assert.Equal(2, afterFirst.UnitsAt(AutotaskSeedData.FabrikamVmServiceId, new DateTimeOffset(LastMonth.Start).AddDays(1)));
        await ScreenshotAsync(page, "autotask-5-pushed");

        // pushing the same month again sends nothing
        await Expect(usage.Push).ToBeDisabledAsync();
        Assert.Equal(2, autotask.Snapshot().Adjustments.Count);

        // each figure is traceable to its VMs and periods
        await usage.TraceAsync("Contoso");
        await Expect(usage.TraceVms).ToHaveCountAsync(3);
        await Expect(usage.Trace).ToContainTextAsync("contoso-vm-1");
        await ScreenshotAsync(page, "autotask-6-trace");

        await page.GotoAsync("/integrations");
        await Expect(page.GetByTestId("integration-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("integration-row")).ToContainTextAsync("3 of 3");
        await page.GotoAsync("/sandbox");
        await Expect(page.GetByTestId("sandbox-autotask-state")).ToContainTextAsync("2 unit adjustments");
        await ScreenshotAsync(page, "autotask-7-sandbox");
    });

    private static Task ScreenshotAsync(IPage page, string name) => Screenshots.TakeAsync(page, name);

    [GeneratedRegex("/integrations/[0-9a-f-]{36}$")]
    private static partial Regex IntegrationUrl();
}

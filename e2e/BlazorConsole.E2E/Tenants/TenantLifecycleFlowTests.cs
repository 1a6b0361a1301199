using System.Text.RegularExpressions;
using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Tenants;
using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Tenants;

[Collection(TenantBrowserCollection.Name)]
public sealed partial class TenantLifecycleFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact(DisplayName = "Administrator creates a simple tenant, finds it by search and sort, and a reload keeps the view")]
    public Task CreateSimpleTenant_FindBySearchAndSort_ReloadKeepsTheView() => RunAsync(async page =>
    {
        var suffix = Suffix();
        await SeedAsync($"Beta {suffix}");
        var list = new TenantListPage(page);
        var dialog = new CreateTenantDialog(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await Expect(list.Heading).ToBeVisibleAsync();

        await list.NewTenant.ClickAsync();
        await dialog.CreateSimpleAsync($"Alpha {suffix}", "Created by the browser flow");
        await Expect(dialog.TaskState).ToHaveTextAsync("Completed");
        await Expect(dialog.OpenTenant).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "create-tenant-dialog");
        await dialog.Close.ClickAsync();

        await list.Search.FillAsync(suffix);
        await Expect(list.Rows).ToHaveTextAsync([$"Alpha {suffix}", $"Beta {suffix}"]);
        await list.SortByAsync("Name");
        await Expect(list.Rows).ToHaveTextAsync([$"Beta {suffix}", $"Alpha {suffix}"]);
        await Expect(page).ToHaveURLAsync(new Regex("desc=true"));
        await Screenshots.TakeAsync(page, "tenant-list");

        await page.ReloadAsync();
        await Expect(list.Search).ToHaveValueAsync(suffix);
        await Expect(list.Rows).ToHaveTextAsync([$"Beta {suffix}", $"Alpha {suffix}"]);
    });

    [Fact(DisplayName = "A complete tenant shows its KSC plan first; without a KSC connection its task fails and nothing is created")]
    public Task CompleteTenant_ShowsThePlan_FailsWithoutKsc() => RunAsync(async page =>
    {
        var name = $"Complete {Suffix()}";
        var list = new TenantListPage(page);
        var dialog = new CreateTenantDialog(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await Expect(list.Heading).ToBeVisibleAsync();

        await list.NewTenant.ClickAsync();
        await dialog.Dialog.GetByText("Complete (with a virtual Administration Server in KSC)").ClickAsync();
        await dialog.Name.FillAsync(name);
        await dialog.Dialog.GetByLabel("vKSC administrator name").FillAsync("tenant-admin");
        await dialog.Dialog.GetByLabel("vKSC administrator password").FillAsync("Tenant-Passw0rd!");
        await dialog.Dialog.GetByRole(AriaRole.Button, new() { Name = "Review the plan" }).ClickAsync();

        var plan = dialog.Dialog.GetByRole(AriaRole.List, new() { Name = "What will be created" }).GetByRole(AriaRole.Listitem);
        await Expect(plan).ToHaveCountAsync(6);
        await Expect(plan.Nth(1)).ToContainTextAsync($"Multitenancy KSV LA/{name}");
        await Expect(plan.Nth(3)).ToContainTextAsync("tenant-admin");
        await Screenshots.TakeAsync(page, "create-tenant-plan");

        await dialog.Create.ClickAsync();
        await Expect(dialog.TaskState).ToHaveTextAsync("Failed");
        await Expect(dialog.Dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("KSC_");
        Assert.False(await Tenants.NameExistsAsync(name, CancellationToken.None));
    });

    [Fact(DisplayName = "Administrator opens a tenant, registers two VMs, unregisters one, activates, deactivates and deletes it")]
    public Task OpenTenant_RegisterVms_ChangeActivation_Delete() => RunAsync(async page =>
    {
        var name = $"Lifecycle {Suffix()}";
        var tenant = await SeedAsync(name);
        var detail = new TenantDetailPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await page.GotoAsync($"/tenants/{tenant.Id}");
        await Expect(detail.Heading).ToHaveTextAsync(name);

        var biosId = Guid.NewGuid();
        var now = DateTime.UtcNow;
        await Fixture.Server.Services.GetRequiredService<IProtectionPeriodStore>().UpsertAsync(
            "svm-e2e",
            [new IncomingPeriod(biosId, "web-02", now.AddDays(-3), now.AddDays(-2)), new IncomingPeriod(biosId, "web-02", now.AddHours(-6), null)],
            CancellationToken.None);

        await detail.RegisterVmAsync(Guid.NewGuid().ToString(), "web-01");
        await detail.RegisterVmAsync(biosId.ToString().ToUpperInvariant(), "web-02");
        await Expect(detail.VmNames).ToHaveTextAsync(["web-01", "web-02"]);
        await detail.UnregisterAsync("web-01");
        await Expect(detail.VmNames).ToHaveTextAsync(["web-02"]);
        await Expect(detail.ChartSummary).ToHaveAttributeAsync("aria-label", new Regex("^Today 1 protected VMs"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Protection timeline of web-02" }).ClickAsync();
        await Expect(detail.Dialog.GetByTestId("protection-period")).ToHaveCountAsync(2);
        await Expect(detail.Dialog.GetByTestId("protection-period").Last).ToContainTextAsync("still protected");
        await Screenshots.TakeAsync(page, "protection-timeline");
        await detail.Dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        await detail.ActivateAsync();
        await Expect(detail.Status).ToHaveTextAsync("Active");
        await Expect(detail.TaskState).ToHaveTextAsync("Completed");
        await detail.DeactivateAsync();
        await Expect(detail.Status).ToHaveTextAsync("Inactive");
        await Expect(detail.Chart).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "tenant-detail");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await detail.Dialog.GetByLabel("Type the tenant's name to confirm").FillAsync(name.ToUpperInvariant());
        await Expect(detail.Dialog.GetByText("The name does not match.")).ToBeVisibleAsync();
        await Expect(detail.Dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToBeDisabledAsync();
        await Screenshots.TakeAsync(page, "delete-tenant-dialog");
        await detail.Dialog.GetByLabel("Type the tenant's name to confirm").FillAsync(name);
        await detail.Dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();

        await Expect(detail.Heading).ToHaveTextAsync($"Tenant {name} was deleted");
        Assert.Null(await Tenants.GetAsync(tenant.Id, CancellationToken.None));
    });

    [Fact(DisplayName = "Bulk activate with one tenant deleted meanwhile shows the failure, and retrying the failed one succeeds")]
    public Task BulkActivate_OneFails_RetryTheFailedOne() => RunAsync(async page =>
    {
        var suffix = Suffix();
        var first = await SeedAsync($"Bulk A {suffix}");
        var second = await SeedAsync($"Bulk B {suffix}");
        var list = new TenantListPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await page.GotoAsync($"/tenants?q={Uri.EscapeDataString(suffix)}");
        await Expect(list.Rows).ToHaveCountAsync(2);

        await list.SelectAsync(first.Name);
        await list.SelectAsync(second.Name);
        await Tenants.DeleteAsync(second.Id, CancellationToken.None);
        await list.BulkAsync("Activate");

        await Expect(list.BulkSummary).ToHaveTextAsync("Activate 2 tenants: 1 succeeded, 1 failed");
        await Expect(list.BulkOutcomeStates).ToHaveTextAsync(["Completed", "Failed"]);
        await Expect(page.GetByText(TenantErrors.NotFoundCode, new() { Exact = false })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "tenant-list-bulk");

        second.Status = TenantStatus.Inactive;
        Assert.True((await Tenants.AddAsync(second, CancellationToken.None)).IsSuccess);
        await list.RetryFailed.ClickAsync();

        await Expect(list.BulkSummary).ToHaveTextAsync("Activate 1 tenant: 1 succeeded, 0 failed");
        Assert.Equal(TenantStatus.Active, (await Tenants.GetAsync(first.Id, CancellationToken.None))!.Status);
        Assert.Equal(TenantStatus.Active, (await Tenants.GetAsync(second.Id, CancellationToken.None))!.Status);
    });

    [Fact(DisplayName = "The CSV export holds exactly the tenants of the current view, in its order")]
    public Task ExportCsv_HoldsTheCurrentView() => RunAsync(async page =>
    {
        var suffix = Suffix();
        foreach (var letter in new[] { "A", "B", "C" })
        {
            await SeedAsync($"Csv {suffix} {letter}");
        }

        await SeedAsync($"Other {suffix}");
        var list = new TenantListPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await page.GotoAsync($"/tenants?q={Uri.EscapeDataString($"Csv {suffix}")}&sort=name&desc=true");
        await Expect(list.Rows).ToHaveCountAsync(3);

        var download = await page.RunAndWaitForDownloadAsync(() => list.Export.ClickAsync());
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path);

        Assert.Matches("^tenants-\\d{8}-\\d{6}\\.csv$", download.SuggestedFilename);
        Assert.Equal("Id,Name,Status,Type,VMs,Created (UTC),Description,Preferred Integration Server", lines[0]);
        Assert.Equal([$"Csv {suffix} C", $"Csv {suffix} B", $"Csv {suffix} A"], lines.Skip(1).Select(l => l.Split(',')[1]));
        Assert.All(lines.Skip(1), l => Assert.Contains(",Inactive,Simple,0,", l, StringComparison.Ordinal));
    });

    private ITenantStore Tenants => Fixture.Server.Services.GetRequiredService<ITenantStore>();

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    private async Task<Tenant> SeedAsync(string name)
    {
        var now = DateTime.UtcNow;
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Status = TenantStatus.Inactive, Type = TenantType.Simple, Created = now, Updated = now };
        Assert.True((await Tenants.AddAsync(tenant, CancellationToken.None)).IsSuccess);
        return tenant;
    }
}

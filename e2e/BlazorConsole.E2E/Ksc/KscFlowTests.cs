using BlazorConsole.Core.Ksc;
using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.E2E.Tenants;
using BlazorConsole.Sandbox.Ksc;
using BlazorConsole.Web.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Ksc;

[Collection(KscBrowserCollection.Name)]
public sealed class KscFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private KscSimulator Simulator => Fixture.Server.Services.GetRequiredService<SandboxSimulators>().Ksc
        ?? throw new InvalidOperationException("The Development sandbox did not start its KSC simulator.");

    [Fact(DisplayName = "Administrator connects KSC, trusts its certificate, creates a complete tenant and finds it in the list")]
    public Task ConnectKsc_TrustCertificate_CreateCompleteTenant() => RunAsync(async page =>
    {
        var ksc = new KscConnectionPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await ksc.GotoAsync();

        // the sandbox suggests its simulator; the administrator types the password
        await Expect(ksc.Address).ToHaveValueAsync(Simulator.Host);
        await Expect(ksc.Port).ToHaveValueAsync(Simulator.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(ksc.Save).ToBeEnabledAsync();
        await ksc.Password.FillAsync(Simulator.Options.AdminPassword);
        await ksc.Save.ClickAsync();

        await Expect(ksc.VerifyDialog).ToContainTextAsync("Verify certificate");
        var shown = (await ksc.PresentedThumbprint.InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(":", string.Empty, StringComparison.Ordinal).Trim();
        Assert.Equal(Simulator.CertificateThumbprint, shown);
        await Screenshots.TakeAsync(page, "ksc-verify-certificate");
        await ksc.Trust.ClickAsync();

        await Expect(ksc.Status).ToHaveAttributeAsync("data-status", "Connected");
        await Screenshots.TakeAsync(page, "ksc-connection");
        var saved = await Fixture.Server.Services.GetRequiredService<IKscConnectionStore>().GetAsync(CancellationToken.None);
        Assert.Equal(Simulator.CertificateThumbprint, saved!.PinnedThumbprint);

        var name = $"Complete {Guid.NewGuid().ToString("N")[..8]}";
        var list = new TenantListPage(page);
        var dialog = new CreateTenantDialog(page);
        await list.GotoAsync();
        await list.NewTenant.ClickAsync();
        await dialog.Dialog.GetByText("Complete (with a virtual Administration Server in KSC)").ClickAsync();
        await dialog.Name.FillAsync(name);
        await dialog.Dialog.GetByLabel("vKSC administrator name").FillAsync("tenant-admin");
        await dialog.Dialog.GetByLabel("vKSC administrator password").FillAsync("Tenant-Passw0rd!");
        await dialog.Dialog.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Review the plan" }).ClickAsync();
        await dialog.Create.ClickAsync();

        await Expect(dialog.TaskState).ToHaveTextAsync("Completed", new() { Timeout = 30_000 });
        await dialog.Close.ClickAsync();
        await list.Search.FillAsync(name);
        await Expect(list.Rows).ToHaveTextAsync([name]);

        var server = Assert.Single(Simulator.Snapshot().VirtualServers, s => s.DisplayName == name);
        Assert.Contains(Simulator.Snapshot().UsersOf(server.Id), u => u.Name == "tenant-admin");
    });
}

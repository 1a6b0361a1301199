using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.Sandbox.Common;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Hierarchy;

[Collection(BrowserCollection.Name)]
public sealed class HierarchyFlowTests(BrowserFixture fixture, HierarchySimulators servers) : BrowserTest(fixture), IClassFixture<HierarchySimulators>
{
    [Fact(DisplayName = "Administrator adds a secondary server from the primary side")]
    public Task Administrator_AddsASecondaryFromThePrimarySide() => RunAsync(async page =>
    {
        await servers.PrepareAsync(Fixture.Server);
        var hierarchy = new HierarchyPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await hierarchy.GotoAsync();

        await hierarchy.StartWizardAsync();
        await hierarchy.FillSecondaryAsync(servers.Secondary.Host, servers.Secondary.Port, "Branch office", servers.Secondary.Options.AdminUserName, servers.Secondary.Options.AdminPassword);
        await hierarchy.TrustSecondaryCertificateAsync();
        await hierarchy.NextAsync();
        await Expect(hierarchy.Field("Primary Administration Server address")).ToHaveValueAsync(HierarchySimulators.PrimaryHost);
        await hierarchy.ScreenshotAsync("wizard-connection");
        await hierarchy.AddAsync();

        await Expect(hierarchy.Notice).ToContainTextAsync("'Branch office' is registered");
        await Expect(hierarchy.Secondary("Branch office").GetByTestId("secondary-status")).ToHaveTextAsync("Connected");
        await hierarchy.ScreenshotAsync("added-from-primary");
    });

    [Fact(DisplayName = "Administrator makes a server in a DMZ the secondary from its side")]
    public Task Administrator_AddsASecondaryFromTheSecondarySideWithDmz() => RunAsync(async page =>
    {
        await servers.PrepareAsync(Fixture.Server);
        var hierarchy = new HierarchyPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await hierarchy.GotoAsync();

        await hierarchy.StartWizardAsync(fromSecondary: true, dmz: true);
        await hierarchy.FillSecondaryAsync(servers.Secondary.Host, servers.Secondary.Port, null, servers.Secondary.Options.AdminUserName, servers.Secondary.Options.AdminPassword);
        await hierarchy.TrustSecondaryCertificateAsync();
        await hierarchy.NextAsync();
        await hierarchy.AddAsync();

        await Expect(hierarchy.Notice).ToContainTextAsync("waits for the primary to connect (DMZ)");
        var row = hierarchy.Secondary(HierarchySimulators.SecondaryHost);
        await Expect(row.GetByTestId("secondary-status")).ToHaveTextAsync("Connected");
        await Expect(row).ToContainTextAsync("DMZ");
        await hierarchy.ScreenshotAsync("added-from-secondary-dmz");
    });

    [Fact(DisplayName = "Administrator adds a secondary whose account uses two-step verification")]
    public Task Administrator_AddsASecondaryWithTwoStepVerification() => RunAsync(async page =>
    {
        await servers.PrepareAsync(Fixture.Server);
        var user = servers.Secondary.Options.AdminUserName;
        servers.Secondary.RequireTwoStepVerification(user);
        var hierarchy = new HierarchyPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();
        await hierarchy.GotoAsync();

        await hierarchy.StartWizardAsync();
        await hierarchy.FillSecondaryAsync(servers.Secondary.Host, servers.Secondary.Port, "Two-step branch", user, servers.Secondary.Options.AdminPassword);
        await hierarchy.TrustSecondaryCertificateAsync();
        await hierarchy.NextAsync();
        await Expect(hierarchy.Field("Security code")).Not.ToBeVisibleAsync();
        await hierarchy.AddAsync();
        await Expect(hierarchy.Field("Security code")).ToBeVisibleAsync();
        await hierarchy.ScreenshotAsync("two-step-code");
        await hierarchy.Field("Security code").FillAsync(servers.Secondary.TwoStepCode(user));
        await hierarchy.AddAsync();

        await Expect(hierarchy.Secondary("Two-step branch").GetByTestId("secondary-status")).ToHaveTextAsync("Connected");
    });

    [Fact(DisplayName = "A certificate file of another server is refused and nothing is added")]
    public Task Administrator_WrongCertificateIsRefused() => RunAsync(async page =>
    {
        await servers.PrepareAsync(Fixture.Server);
        var file = Path.Combine(Path.GetTempPath(), $"other-{Guid.NewGuid():N}.cer");
        using (var other = SandboxCertificate.Create("CN=Another server"))
        {
            await File.WriteAllBytesAsync(file, other.RawData);
        }

        try
        {
            var hierarchy = new HierarchyPage(page);
            await new SignInPage(page).SignInAsAdministratorAsync();
            await hierarchy.GotoAsync();

            await hierarchy.StartWizardAsync();
            await hierarchy.FillSecondaryAsync(servers.Secondary.Host, servers.Secondary.Port, "Wrong certificate", servers.Secondary.Options.AdminUserName, servers.Secondary.Options.AdminPassword);
            await hierarchy.TrustSecondaryCertificateAsync();
            await hierarchy.UploadCertificateAsync(file);
            await Expect(page.GetByTestId("certificate-file")).ToContainTextAsync("CN=Another server");
            await hierarchy.NextAsync();
            await hierarchy.AddAsync();

            await Expect(hierarchy.WizardError).ToContainTextAsync("is not the certificate of the secondary");
            await hierarchy.ScreenshotAsync("wrong-certificate");
            Assert.Empty(servers.Primary.Secondaries);
            Assert.Null(servers.Secondary.PrimarySettings);
        }
        finally
        {
            File.Delete(file);
        }
    });
}

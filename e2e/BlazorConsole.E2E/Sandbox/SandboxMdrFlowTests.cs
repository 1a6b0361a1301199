using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.Sandbox.Mdr;
using BlazorConsole.Web.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Sandbox;

[Collection(BrowserCollection.Name)]
public sealed class SandboxMdrFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private MdrSimulator Simulator => Fixture.Server.Services.GetRequiredService<SandboxSimulators>().Mdr
        ?? throw new InvalidOperationException("The Development sandbox did not start its MDR simulator.");

    [Fact(DisplayName = "Administrator issues an MDR refresh token and raises an incident on the Sandbox page")]
    public Task IssueMdrToken_RaiseIncident() => RunAsync(async page =>
    {
        await new SignInPage(page).SignInAsAdministratorAsync();
        await page.GotoAsync("/sandbox");
        var section = page.GetByTestId("sandbox-mdr");
        await Expect(section.GetByTestId("sandbox-mdr-base-url")).ToHaveTextAsync(Simulator.BaseUrl.ToString());

        await section.GetByRole(AriaRole.Button, new() { Name = $"Issue refresh token for {MdrSeedData.FullAccessName}" }).ClickAsync();
        var token = section.GetByLabel("Issued refresh token");
        await Expect(token).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^eyJ"));

        var summary = $"Beacon to a C2 server {Guid.NewGuid().ToString("N")[..6]}";
        await section.GetByLabel("Summary of the new incident").FillAsync(summary);
        await section.GetByRole(AriaRole.Button, new() { Name = "Raise incident" }).ClickAsync();
        await Expect(section.GetByTestId("sandbox-mdr-incident").First).ToContainTextAsync(summary);
        await section.ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeAsync(page, "sandbox-mdr");

        Assert.Contains(Simulator.Snapshot().Incidents, incident => incident.Summary == summary && incident.TenantName == MdrSeedData.Contoso);
        // the token shown is one the console's own MDR client can exchange (the sandbox pins the simulator's certificate)
        var grant = await Fixture.Server.Services.GetRequiredService<IMdrClient>()
            .ExchangeAsync(new MdrEndpoint(Simulator.BaseUrl, MdrSeedData.FullAccessClientId), await token.InputValueAsync(), CancellationToken.None);
        Assert.True(grant.IsSuccess, grant.Error?.Message);
    });
}

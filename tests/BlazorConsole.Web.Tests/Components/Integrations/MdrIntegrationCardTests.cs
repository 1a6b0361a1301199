using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Components.Pages.Integrations;
using Bunit;

namespace BlazorConsole.Web.Tests.Components.Integrations;

public sealed class MdrIntegrationCardTests : MdrComponentTest
{
    [Fact]
    public void IntegrationPage_NoMdrConnection_OffersToConnectIt()
    {
        var integration = SaveIntegration();

        var cut = RenderWithProviders<IntegrationPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("Turn Kaspersky MDR incidents into tickets", cut.Find("[data-testid=mdr-card]").TextContent, StringComparison.Ordinal), Wait);
        var link = cut.FindAll("[data-testid=mdr-card] a").Single(a => a.TextContent.Trim() == "Connect Kaspersky MDR");
        Assert.EndsWith($"/integrations/{integration.Id}/mdr", link.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void IntegrationPage_MdrConnected_ShowsStatusNameAccessRightsAndLinks()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id, MdrConnectionStatus.RefreshTokenRejected);

        var cut = RenderWithProviders<IntegrationPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal("Console sync", cut.Find("[data-testid=mdr-card-name]").TextContent.Trim()), Wait);
        var card = cut.Find("[data-testid=mdr-card]");
        Assert.Equal("Refresh token rejected", card.QuerySelector("[data-testid=mdr-status]")!.TextContent.Trim());
        Assert.Contains("Full access + API and tenants", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-11-23 16:05 UTC", card.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            [$"/integrations/{integration.Id}/mdr", $"/integrations/{integration.Id}/mdr/rules", $"/integrations/{integration.Id}/mdr/incidents"],
            card.QuerySelectorAll("a").Select(a => new Uri(new Uri("http://localhost"), a.GetAttribute("href")).AbsolutePath));
    }

    [Fact]
    public void IntegrationPage_MdrUnreadable_ShowsTheCardsErrorWithRetry()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        Mdr.FailNextLoads = 1;

        var cut = RenderWithProviders<IntegrationPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("The MDR connection could not be loaded.", cut.Find("[data-testid=mdr-card]").TextContent, StringComparison.Ordinal), Wait);
        cut.FindAll("[data-testid=mdr-card] button").Single(b => b.TextContent.Trim() == "Retry").Click();
        cut.WaitForAssertion(() => Assert.Equal("Console sync", cut.Find("[data-testid=mdr-card-name]").TextContent.Trim()), Wait);
    }
}

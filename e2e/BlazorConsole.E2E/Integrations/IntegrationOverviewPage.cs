using Microsoft.Playwright;

namespace BlazorConsole.E2E.Integrations;

/// <summary>An integration's overview (/integrations/{id}): details, API budget, credentials and settings.</summary>
public sealed class IntegrationOverviewPage(IPage page)
{
    public ILocator Status => page.GetByTestId("integration-status");

    public ILocator Budget => page.GetByTestId("api-budget");

    public ILocator BillingService => page.GetByLabel("Autotask service ID billed per VM");

    public ILocator SaveSettings => page.GetByRole(AriaRole.Button, new() { Name = "Save settings" });

    public ILocator Notice => page.GetByTestId("integration-notice");

    public ILocator MappingLink => page.GetByRole(AriaRole.Navigation, new() { Name = "Integration sections" }).GetByRole(AriaRole.Link, new() { Name = "Mapping" });
}

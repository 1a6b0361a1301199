using BlazorConsole.Web.Components.Pages.Integrations;
using Bunit;

namespace BlazorConsole.Web.Tests.Components.Integrations;

/// <summary>Operators and Auditors read the Autotask integration pages; every change control is disabled and the page says why.</summary>
public sealed class IntegrationReadOnlyTests : IntegrationComponentTest
{
    [Fact]
    public void Overview_Operator_ReadsButEveryChangeIsDisabled()
    {
        var integration = SaveIntegration();
        SignInAsOperator();

        var cut = RenderWithProviders<IntegrationPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=integration-read-only]")), Wait);
        foreach (var text in new[] { "Save and validate", "Validate saved credentials", "Save as draft", "Save settings" })
        {
            Assert.True(Button(cut, text).HasAttribute("disabled"), text);
        }
    }

    [Fact]
    public void Overview_Administrator_NoReadOnlyNotice_ChangesEnabled()
    {
        var integration = SaveIntegration();

        var cut = RenderWithProviders<IntegrationPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.False(Button(cut, "Save and validate").HasAttribute("disabled")), Wait);
        Assert.Empty(cut.FindAll("[data-testid=integration-read-only]"));
    }

    [Fact]
    public void Mapping_Operator_CannotAcceptASuggestion()
    {
        var integration = SaveIntegration();
        Tenants.Add("Contoso");
        SignInAsOperator();

        var cut = RenderWithProviders<CompanyMappingPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=mapping-row]")), Wait);
        Assert.True(cut.Find("button[aria-label='Accept the suggestion for Contoso']").HasAttribute("disabled"));
        Assert.NotEmpty(cut.FindAll("[data-testid=integration-read-only]"));
        Assert.Empty(Stores.Mappings);
    }

    [Fact]
    public void List_Operator_NewIntegrationDisabled()
    {
        SaveIntegration();
        SignInAsOperator();

        var cut = RenderWithProviders<IntegrationListPage>();

        cut.WaitForAssertion(() => Assert.True(cut.FindAll("a, button").Single(e => e.TextContent.Trim() == "New integration").HasAttribute("disabled")
            || cut.FindAll("a, button").Single(e => e.TextContent.Trim() == "New integration").GetAttribute("aria-disabled") == "true"), Wait);
    }

    [Fact]
    public void Wizard_Operator_SaysOnlyAdministratorsCreateIntegrations_AndNextIsDisabled()
    {
        SignInAsOperator();

        var cut = RenderWithProviders<AutotaskWizardPage>();

        cut.WaitForAssertion(() => Assert.Contains("Only an Administrator covering all tenants creates integrations", cut.Find("[data-testid=integration-read-only]").TextContent, StringComparison.Ordinal), Wait);
        Assert.True(Button(cut, "Next").HasAttribute("disabled"));
    }

    private static AngleSharp.Dom.IElement Button<T>(IRenderedComponent<T> cut, string text)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);
}

using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Web.Components.Pages.Integrations;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace BlazorConsole.Web.Tests.Components.Integrations;

public sealed class CompanyMappingPageTests : IntegrationComponentTest
{
    [Fact]
    public void Render_WhileTheStoreAnswers_ShowsLoading()
    {
        var integration = SaveIntegration();
        Stores.ReadGate = new TaskCompletionSource();

        var cut = RenderWithProviders<CompanyMappingPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("Loading the tenants and the Autotask companies", cut.Find("[role=status]").TextContent, StringComparison.Ordinal), Wait);
        Stores.ReadGate.SetResult();
        Tenants.Add("Contoso");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=mapping-row]")), Wait);
    }

    [Fact]
    public void Render_StoreFailsOnce_ShowsErrorWithCorrelationIdAndRetryShowsTheTenants()
    {
        var integration = SaveIntegration();
        Tenants.Add("Contoso");
        Stores.FailNextReads = 1;

        var cut = RenderWithProviders<CompanyMappingPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("could not be loaded", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal), Wait);
        Assert.DoesNotContain("secret detail", cut.Markup, StringComparison.Ordinal);
        var correlationId = cut.Find(".console-correlation").TextContent.Trim();
        Assert.Contains(Logs.Entries, e => e.Message.Contains(correlationId, StringComparison.Ordinal));

        Click(cut, "Retry");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=mapping-row]")), Wait);
    }

    [Fact]
    public void Render_Draft_ExplainsThatItMustBeValidatedFirst()
    {
        var integration = SaveIntegration(draft: true);
        Tenants.Add("Contoso");

        var cut = RenderWithProviders<CompanyMappingPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("validate them before it talks to Autotask", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void Render_NoTenant_SaysToCreateTenantsFirst()
    {
        var integration = SaveIntegration();

        var cut = RenderWithProviders<CompanyMappingPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("No tenant yet", cut.Markup, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void Render_Tenants_ShowSuggestionsWithConfidenceAndTheCount()
    {
        var integration = SaveIntegration();
        Tenants.Add("Contoso");
        Tenants.Add("Fabrikam");
        Tenants.Add("Humongous Insurance Group");

        var cut = RenderWithProviders<CompanyMappingPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=mapping-row]").Count), Wait);
        var contoso = Row(cut, "Contoso");
        Assert.Contains("Suggested: Contoso Ltd (100% confidence, 2 more equally likely)", contoso.TextContent, StringComparison.Ordinal);
        Assert.Contains("Suggested: Fabrikam, Inc.", Row(cut, "Fabrikam").TextContent, StringComparison.Ordinal);
        Assert.Equal("0 of 3 managed accounts mapped", cut.Find("[data-testid=mapping-count]").TextContent.Trim());
    }

    [Fact]
    public void Accept_Suggestion_MapsTheTenantAndShowsItsStatus()
    {
        var integration = SaveIntegration();
        Tenants.Add("Contoso");
        var cut = RenderWithProviders<CompanyMappingPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=mapping-row]")), Wait);

        cut.Find("button[aria-label='Accept the suggestion for Contoso']").Click();

        cut.WaitForAssertion(() => Assert.Equal("OK", cut.Find("[data-testid=mapping-status]").TextContent.Trim()), Wait);
        var mapping = Assert.Single(Stores.Mappings);
        Assert.Equal(AutotaskSeedData.ContosoLtdId, mapping.CompanyId);
        Assert.Equal(1, mapping.Confidence);
        Assert.Equal("admin", mapping.MappedBy);
        Assert.Contains("Contoso is mapped to Contoso Ltd", cut.Find("[data-testid=integration-notice]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_OverTheLimit_IsRefusedWithAClearMessage()
    {
        var integration = SaveIntegration(limit: 1);
        var fabrikam = Tenants.Add("Fabrikam");
        Tenants.Add("Contoso");
        Stores.Mappings.Add(new CompanyMapping { Id = Guid.NewGuid(), IntegrationId = integration.Id, TenantId = fabrikam.Id, CompanyId = 178, CompanyName = "Fabrikam, Inc.", MappedBy = "alice" });
        var cut = RenderWithProviders<CompanyMappingPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=mapping-row]").Count), Wait);
        Assert.Contains("limit is reached", cut.Markup, StringComparison.Ordinal);

        cut.Find("button[aria-label='Accept the suggestion for Contoso']").Click();

        cut.WaitForAssertion(() => Assert.Contains("managed-accounts limit", cut.Find("[data-testid=integration-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Single(Stores.Mappings);
    }

    [Fact]
    public void Render_MappedCompanyRenamedOrDeactivated_WarnsOnTheRow()
    {
        var integration = SaveIntegration();
        var renamed = Tenants.Add("Contoso");
        var inactive = Tenants.Add("Wingtip");
        Stores.Mappings.Add(new CompanyMapping { Id = Guid.NewGuid(), IntegrationId = integration.Id, TenantId = renamed.Id, CompanyId = 175, CompanyName = "Contoso Limited (old name)", MappedBy = "alice" });
        Stores.Mappings.Add(new CompanyMapping { Id = Guid.NewGuid(), IntegrationId = integration.Id, TenantId = inactive.Id, CompanyId = 193, CompanyName = "Wingtip Toys", MappedBy = "alice" });

        var cut = RenderWithProviders<CompanyMappingPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=mapping-status]").Count), Wait);
        Assert.Equal("Renamed", Row(cut, "Contoso").QuerySelector("[data-testid=mapping-status]")!.TextContent.Trim());
        Assert.Contains("to 'Contoso Ltd'", Row(cut, "Contoso").TextContent, StringComparison.Ordinal);
        Assert.Equal("Deactivated", Row(cut, "Wingtip").QuerySelector("[data-testid=mapping-status]")!.TextContent.Trim());
    }

    [Fact]
    public void Filter_Unmapped_ComesFromTheUrl()
    {
        var integration = SaveIntegration();
        var mapped = Tenants.Add("Contoso");
        Tenants.Add("Fabrikam");
        Stores.Mappings.Add(new CompanyMapping { Id = Guid.NewGuid(), IntegrationId = integration.Id, TenantId = mapped.Id, CompanyId = 175, CompanyName = "Contoso Ltd", MappedBy = "alice" });

        Navigation.NavigateTo($"/integrations/{integration.Id}/mapping?show=unmapped");

        var cut = RenderWithProviders<CompanyMappingPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal("Fabrikam", Assert.Single(cut.FindAll("[data-testid=mapping-row]")).GetAttribute("data-tenant")), Wait);
    }

    [Fact]
    public void Route_AnonymousUser_SeesNoMapping()
    {
        var integration = SaveIntegration();
        Tenants.Add("Contoso");
        Authorization.SetNotAuthorized();
        var route = new RouteData(typeof(CompanyMappingPage), new Dictionary<string, object?> { ["Id"] = integration.Id });

        var cut = Render<AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, route)
            .Add(v => v.NotAuthorized, _ => b => b.AddContent(0, "Sign in to continue.")));

        cut.WaitForAssertion(() => Assert.Contains("Sign in to continue.", cut.Markup), Wait);
        Assert.DoesNotContain("Contoso", cut.Markup, StringComparison.Ordinal);
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<CompanyMappingPage> cut, string tenant) =>
        cut.FindAll("[data-testid=mapping-row]").Single(r => r.GetAttribute("data-tenant") == tenant);
}

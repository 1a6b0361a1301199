using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Web.Components.Pages.Integrations;
using Bunit;

namespace BlazorConsole.Web.Tests.Components.Integrations;

public sealed class IntegrationPageTests : IntegrationComponentTest
{
    [Fact]
    public void Render_Saved_ShowsDetailsAndBudgetButNeverTheSecrets()
    {
        var integration = SaveIntegration();

        var cut = RenderWithProviders<IntegrationPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal(AutotaskSandboxUsers.FullUserName, cut.Find("[data-testid=integration-user]").TextContent.Trim()), Wait);
        Assert.Equal("Validated", cut.Find("[data-testid=integration-status]").TextContent.Trim());
        Assert.NotEmpty(cut.FindAll("[data-testid=api-budget]"));
        Assert.Contains("Set: leave empty to keep the saved secret", cut.Markup, StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(Field(cut, "Secret").GetAttribute("value")));
        foreach (var secret in new[] { AutotaskSandboxUsers.FullSecret, AutotaskSandboxUsers.IntegrationCode, integration.ProtectedSecret! })
        {
            Assert.DoesNotContain(secret, cut.Markup, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_Unknown_SaysItDoesNotExist()
    {
        var cut = RenderWithProviders<IntegrationPage>(p => p.Add(c => c.Id, Guid.NewGuid()));

        cut.WaitForAssertion(() => Assert.Contains("This integration does not exist", cut.Markup, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void SaveAndValidate_UserLackingRights_ShowsTheReportAndChangesNothing()
    {
        var integration = SaveIntegration();
        var cut = RenderWithProviders<IntegrationPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Field(cut, "API user name"), Wait);

        Field(cut, "API user name").Input(AutotaskSandboxUsers.NoTicketsUserName);
        Field(cut, "Secret").Input(AutotaskSandboxUsers.NoTicketsSecret);
        Click(cut, "Save and validate");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=validation-failed]")), Wait);
        Assert.Contains("Nothing was changed", cut.Find("[data-testid=integration-notice]").TextContent, StringComparison.Ordinal);
        Assert.Equal(AutotaskSandboxUsers.FullUserName, Stores.Integrations[integration.Id].UserName);
        Assert.Equal(AutotaskSandboxUsers.FullSecret, Secrets.Unprotect(Stores.Integrations[integration.Id].ProtectedSecret!));
    }

    [Fact]
    public void SaveSettings_LimitBelowTheMappedCount_IsRefusedWithTheReason()
    {
        var integration = SaveIntegration(limit: 3);
        foreach (var (tenant, company) in new[] { ("Contoso", 175L), ("Fabrikam", 178L) })
        {
            Stores.Mappings.Add(new CompanyMapping { Id = Guid.NewGuid(), IntegrationId = integration.Id, TenantId = Tenants.Add(tenant).Id, CompanyId = company, CompanyName = tenant, MappedBy = "alice" });
        }

        var cut = RenderWithProviders<IntegrationPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Field(cut, "Managed accounts limit"), Wait);

        Field(cut, "Managed accounts limit").Input("1");
        Click(cut, "Save settings");

        cut.WaitForAssertion(() => Assert.Contains("2 tenants are mapped", cut.Find("[data-testid=integration-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(3, Stores.Integrations[integration.Id].ManagedAccountsLimit);
    }
}

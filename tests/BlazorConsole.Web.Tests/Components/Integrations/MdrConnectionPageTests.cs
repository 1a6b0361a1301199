using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Components.Pages.Integrations;
using Bunit;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Integrations;

public sealed class MdrConnectionPageTests : MdrComponentTest
{
    [Fact]
    public void Render_WhileLoading_SaysSo()
    {
        var integration = SaveIntegration();
        Mdr.LoadGate = new TaskCompletionSource();

        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("Loading the MDR connection…", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.Empty(cut.FindAll("[data-testid=mdr-connection-name]"));
        Mdr.LoadGate.SetResult();
        cut.WaitForAssertion(() => Assert.Contains("Connect Kaspersky MDR", cut.Markup, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void Render_UnknownIntegration_SaysItDoesNotExist()
    {
        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, Guid.NewGuid()));

        cut.WaitForAssertion(() => Assert.Contains("This integration does not exist", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.False(HasButton(cut, "Connect"));
    }

    [Fact]
    public void Render_LoadFails_ShowsReferenceAndRetryLoads()
    {
        var integration = SaveIntegration();
        Mdr.FailNextLoads = 1;
        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Assert.Contains("The MDR connection could not be loaded", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.DoesNotContain("database down", cut.Markup, StringComparison.Ordinal);

        Click(cut, "Retry");

        cut.WaitForAssertion(() => Assert.True(HasButton(cut, "Connect")), Wait);
    }

    [Fact]
    public void Render_NoConnection_OffersTheFormWithKasperskysAddressAndAPasswordTokenField()
    {
        var integration = SaveIntegration();

        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.True(HasButton(cut, "Connect")), Wait);
        Assert.Equal(MdrEndpoint.DefaultBaseUrl.ToString(), Field(cut, "MDR API address").GetAttribute("value"));
        Assert.Equal("password", Field(cut, "Refresh token").GetAttribute("type"));
        Assert.Contains("replaces its tokens by itself", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Connect_EmptyAndMalformedFields_ShowsTheRulesAtTheFieldsAndCallsNothing()
    {
        var integration = SaveIntegration();
        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Field(cut, "Client ID"), Wait);

        Field(cut, "MDR API address").Input("http://mdr.example.test");
        Field(cut, "Refresh token").Input("not-a-jwt");
        Click(cut, "Connect");

        cut.WaitForAssertion(() => Assert.Contains("Enter the Client ID of the MDR API connection.", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.Contains("does not look like one MDR issues", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("must be an absolute https:// URL", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(Mdr.Calls);
    }

    [Fact]
    public void Connect_GoodToken_ShowsNameAccessRightsAndScopeAndNeverTheToken()
    {
        var integration = SaveIntegration();
        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Field(cut, "Client ID"), Wait);

        Field(cut, "Client ID").Input("client-7");
        Field(cut, "Refresh token").Input(FakeMdrConnectionService.GoodToken);
        Click(cut, "Connect");

        cut.WaitForAssertion(() => Assert.Equal("Tickets from MDR", cut.Find("[data-testid=mdr-connection-name]").TextContent.Trim()), Wait);
        Assert.Equal("Incident access (Security Officer)", cut.Find("[data-testid=mdr-role]").TextContent.Trim());
        Assert.Equal("Contoso", cut.Find("[data-testid=mdr-scope]").TextContent.Trim());
        Assert.Equal(("Connect", Guid.Empty, "admin"), Mdr.Calls.Single());
        Assert.Equal(new MdrConnectionInput("client-7", FakeMdrConnectionService.GoodToken, MdrEndpoint.DefaultBaseUrl.ToString()), Mdr.Inputs.Single());
        Assert.DoesNotContain(FakeMdrConnectionService.GoodToken, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Connect_TokenRefused_SaysWhyAndSavesNothing()
    {
        var integration = SaveIntegration();
        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Field(cut, "Client ID"), Wait);

        Field(cut, "Client ID").Input("client-7");
        Field(cut, "Refresh token").Input("eyJh.eyJz.spent");
        Click(cut, "Connect");

        cut.WaitForAssertion(() => Assert.Contains("MDR refused the refresh token", cut.Find("[data-testid=integration-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Contains("Nothing was saved", cut.Find("[data-testid=integration-notice]").TextContent, StringComparison.Ordinal);
        Assert.Empty(Mdr.Connections);
        Assert.True(HasButton(cut, "Connect"));
    }

    [Fact]
    public void Render_RefreshTokenRejected_ShowsTheBannerWithWhatToDo_ReplaceTokenReconnects()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id, MdrConnectionStatus.RefreshTokenRejected, message: "MDR answered 401 to the stored refresh token.");
        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("Replace token", cut.Find("[data-testid=mdr-status-banner]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Contains("Refresh token rejected", cut.Find("[data-testid=mdr-status-banner]").TextContent, StringComparison.Ordinal);
        Assert.Contains("answered 401", cut.Find("[data-testid=mdr-status-message]").TextContent, StringComparison.Ordinal);

        Field(cut, "Refresh token").Input(FakeMdrConnectionService.GoodToken);
        Click(cut, "Replace token");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=mdr-status-banner]")), Wait);
        Assert.Equal("Connected", cut.Find("[data-testid=mdr-status]").TextContent.Trim());
        Assert.Equal("Replace", Mdr.Calls.Single().Action);
        Assert.Equal("client-42", Mdr.Inputs.Single().ClientId);
    }

    [Theory]
    [InlineData(MdrConnectionStatus.AccessDenied, "access rights include incident access")]
    [InlineData(MdrConnectionStatus.Unavailable, "tries again at its next pass")]
    public void Render_StatusThatStopsTheSync_ExplainsWhatToDo(MdrConnectionStatus status, string advice)
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id, status);

        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains(advice, cut.Find("[data-testid=mdr-status-banner]").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void Test_ShowsTheCountsMdrAnswered()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=mdr-connection-name]"), Wait);

        Click(cut, "Test");

        cut.WaitForAssertion(() => Assert.Contains("12 incidents and 34 assets in Contoso, Fabrikam Ltd", cut.Find("[data-testid=mdr-test]").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void PauseSync_PausesAndOffersResume()
    {
        var integration = SaveIntegration();
        var connection = Mdr.Add(integration.Id);
        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=mdr-connection-name]"), Wait);

        Click(cut, "Pause sync");

        cut.WaitForAssertion(() => Assert.True(HasButton(cut, "Resume sync")), Wait);
        Assert.NotEmpty(cut.FindAll("[data-testid=mdr-paused]"));
        Assert.Equal(("Pause", connection.Id, "admin"), Mdr.Calls.Single());
    }

    [Fact]
    public void Delete_CanceledKeeps_ConfirmedDeletes()
    {
        var integration = SaveIntegration();
        var connection = Mdr.Add(integration.Id);
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=mdr-connection-name]"), Wait);

        Click(cut, "Delete connection");
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Cancel").Click(), Wait);
        Assert.Empty(Mdr.Calls);
        Click(cut, "Delete connection");
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Delete").Click(), Wait);

        cut.WaitForAssertion(() => Assert.True(HasButton(cut, "Connect")), Wait);
        Assert.Equal(("Delete", connection.Id, "admin"), Mdr.Calls.Single());
    }

    [Fact]
    public async Task TenantMapping_ShowsCompanyOrItsAbsence_OffersOnlyFreeTenants_MapsTheChosenOne()
    {
        var integration = SaveIntegration();
        var connection = Mdr.Add(integration.Id);
        var contoso = Tenants.Add("Contoso");
        var northwind = Tenants.Add("Northwind Traders");
        var fabrikam = Tenants.Add("Fabrikam");
        Mdr.TenantRows.Add(new MdrTenantRow("Contoso", contoso.Id, "Contoso", 175, "Contoso Ltd (Autotask)"));
        Mdr.TenantRows.Add(new MdrTenantRow("Northwind", northwind.Id, "Northwind Traders", null, null));
        Mdr.TenantRows.Add(new MdrTenantRow("Fabrikam Ltd", null, null, null, null));
        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=mdr-tenant-row]").Count), Wait);
        Assert.Equal("Contoso Ltd (Autotask)", cut.Find("[data-testid=mdr-company]").TextContent.Trim());
        Assert.Contains("No Autotask company mapped", Row(cut, "Northwind").TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("button[aria-label='Map MDR tenant Fabrikam Ltd']").HasAttribute("disabled"));

        var autocomplete = cut.FindComponent<MudAutocomplete<MdrTenantChoice>>();
        var search = autocomplete.Instance.SearchFunc;
        Assert.NotNull(search);
        var pending = search(null, CancellationToken.None);
        Assert.NotNull(pending);
        var offered = (await pending ?? []).ToList();
        Assert.Equal(fabrikam.Id, Assert.Single(offered).Id);
        await cut.InvokeAsync(() => autocomplete.Instance.ValueChanged.InvokeAsync(offered[0]));
        cut.WaitForAssertion(() => Assert.False(cut.Find("button[aria-label='Map MDR tenant Fabrikam Ltd']").HasAttribute("disabled")), Wait);
        cut.Find("button[aria-label='Map MDR tenant Fabrikam Ltd']").Click();

        cut.WaitForAssertion(() => Assert.Contains("is mapped to Fabrikam", cut.Find("[data-testid=mdr-mapping-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(($"Map Fabrikam Ltd {fabrikam.Id}", connection.Id, "admin"), Mdr.Calls.Single());
    }

    [Fact]
    public void Render_Operator_ReadsTheConnectionButCannotChangeIt()
    {
        SignInAsOperator();
        var integration = SaveIntegration();
        Mdr.Add(integration.Id, MdrConnectionStatus.RefreshTokenRejected);
        Mdr.TenantRows.Add(new MdrTenantRow("Fabrikam Ltd", null, null, null, null));

        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal("Console sync", cut.Find("[data-testid=mdr-connection-name]").TextContent.Trim()), Wait);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=mdr-tenant-row]")), Wait);
        Assert.NotEmpty(cut.FindAll("[data-testid=mdr-status-banner]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=mdr-read-only]"));
        foreach (var action in new[] { "Test", "Pause sync", "Delete connection", "Replace token", "Map" })
        {
            Assert.False(HasButton(cut, action), action);
        }

        Assert.Empty(cut.FindAll("input[type=password]"));
    }

    [Fact]
    public void Render_OperatorWithoutConnection_SeesNoForm()
    {
        SignInAsOperator();
        var integration = SaveIntegration();

        var cut = RenderWithProviders<MdrConnectionPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("An administrator connects it", cut.Find("[data-testid=mdr-read-only]").TextContent, StringComparison.Ordinal), Wait);
        Assert.False(HasButton(cut, "Connect"));
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<MdrConnectionPage> cut, string mdrTenant) =>
        cut.FindAll("[data-testid=mdr-tenant-row]").Single(r => r.GetAttribute("data-mdr-tenant") == mdrTenant);
}

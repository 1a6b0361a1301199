using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Web.Components.Pages.Integrations;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace BlazorConsole.Web.Tests.Components.Integrations;

public sealed class AutotaskWizardPageTests : IntegrationComponentTest
{
    [Fact]
    public void PlatformStep_OffersAutotaskAndShowsTheOthersAsNotAvailableYet()
    {
        var cut = RenderWithProviders<AutotaskWizardPage>();

        var radios = cut.FindAll("input[type=radio]");
        Assert.Equal(4, radios.Count);
        Assert.Equal(1, radios.Count(r => !r.HasAttribute("disabled")));
        Assert.Contains("ConnectWise Manage (not available yet)", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Autotask (not available yet)", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsStep_StartsWithTheDefaultNameAndSecretsNotSet()
    {
        var cut = RenderWithProviders<AutotaskWizardPage>();

        Click(cut, "Next");

        cut.WaitForAssertion(() => Assert.Equal("Integration with Autotask", Field(cut, "Integration name").GetAttribute("value")), Wait);
        Assert.Equal("password", Field(cut, "Secret").GetAttribute("type"));
        Assert.Equal("password", Field(cut, "Integration code").GetAttribute("type"));
        Assert.Contains("Not set", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsStep_MissingUserName_ShowsTheRuleAndChecksNothing()
    {
        var cut = RenderWithProviders<AutotaskWizardPage>();
        Click(cut, "Next");
        cut.WaitForAssertion(() => Field(cut, "Integration name"), Wait);

        Field(cut, "Integration name").Input(" ");
        Click(cut, "Next");

        cut.WaitForAssertion(() => Assert.Contains("Enter the user name of the Autotask API user", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.Contains("Enter a name for the integration.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=permission-line]"));
        Assert.Equal(0, Connector.GetUsage(AutotaskSandboxUsers.FullUserName).RequestsInWindow);
        Assert.Empty(Stores.Integrations);
    }

    [Fact]
    public void ValidationStep_ReadOnlyUser_ShowsOneLinePerRightWithWhatToChangeAndCannotCreate()
    {
        var cut = RenderWithProviders<AutotaskWizardPage>();
        Click(cut, "Next");
        Fill(cut, AutotaskSandboxUsers.ReadOnlyUserName, AutotaskSandboxUsers.ReadOnlySecret);

        Click(cut, "Next");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=validation-failed]")), Wait);
        var lines = cut.FindAll("[data-testid=permission-line]");
        Assert.Equal(Enum.GetValues<AutotaskRight>().Length, lines.Count);
        var edit = lines.Single(l => l.GetAttribute("data-right") == nameof(AutotaskRight.EditTickets));
        Assert.Equal(nameof(AutotaskEntityAccess.None), edit.GetAttribute("data-access"));
        Assert.Contains("Security Levels", edit.TextContent, StringComparison.Ordinal);
        Assert.Contains(AutotaskSandboxUsers.AmericaEast, cut.Find("[data-testid=validation-zone]").TextContent, StringComparison.Ordinal);
        Assert.True(cut.FindAll("button").Single(b => b.TextContent.Trim() == "Create integration").HasAttribute("disabled"));
        Assert.Empty(Stores.Integrations);
    }

    [Fact]
    public void ValidationStep_WrongSecret_SaysTheSecretWasRejected()
    {
        var cut = RenderWithProviders<AutotaskWizardPage>();
        Click(cut, "Next");
        Fill(cut, AutotaskSandboxUsers.FullUserName, "not-the-secret");

        Click(cut, "Next");

        cut.WaitForAssertion(() => Assert.Contains("rejected the secret", cut.Find("[data-testid=validation-error]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Empty(Stores.Integrations);
    }

    [Fact]
    public void Create_FullUser_SavesTheValidatedIntegrationEncryptedAndOpensIt()
    {
        var cut = RenderWithProviders<AutotaskWizardPage>();
        Click(cut, "Next");
        Fill(cut, AutotaskSandboxUsers.FullUserName, AutotaskSandboxUsers.FullSecret);
        Click(cut, "Next");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=validation-passed]")), Wait);

        Click(cut, "Create integration");

        cut.WaitForAssertion(() => Assert.Single(Stores.Integrations), Wait);
        var saved = Stores.Integrations.Values.Single();
        Assert.Equal(AutotaskIntegrationStatus.Validated, saved.Status);
        Assert.Equal(3, saved.ManagedAccountsLimit);
        Assert.NotEqual(AutotaskSandboxUsers.FullSecret, saved.ProtectedSecret);
        Assert.Equal(AutotaskSandboxUsers.FullSecret, Secrets.Unprotect(saved.ProtectedSecret!));
        cut.WaitForAssertion(() => Assert.EndsWith($"/integrations/{saved.Id}", Navigation.Uri, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void SaveDraft_WithoutSecret_SavesADraftWithoutCallingAutotask()
    {
        var cut = RenderWithProviders<AutotaskWizardPage>();
        Click(cut, "Next");
        cut.WaitForAssertion(() => Field(cut, "API user name"), Wait);
        Field(cut, "API user name").Input(AutotaskSandboxUsers.ReadOnlyUserName);

        Click(cut, "Save draft");

        cut.WaitForAssertion(() => Assert.Single(Stores.Integrations), Wait);
        var saved = Stores.Integrations.Values.Single();
        Assert.Equal(AutotaskIntegrationStatus.Draft, saved.Status);
        Assert.Null(saved.ProtectedSecret);
        Assert.Equal(0, Connector.GetUsage(AutotaskSandboxUsers.ReadOnlyUserName).RequestsInWindow);
    }

    [Fact]
    public void Route_AnonymousUser_SeesNoWizard()
    {
        Authorization.SetNotAuthorized();
        var route = new RouteData(typeof(AutotaskWizardPage), new Dictionary<string, object?>());

        var cut = Render<AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, route)
            .Add(v => v.NotAuthorized, _ => b => b.AddContent(0, "Sign in to continue.")));

        cut.WaitForAssertion(() => Assert.Contains("Sign in to continue.", cut.Markup), Wait);
        Assert.Empty(cut.FindAll("input[type=radio]"));
    }

    private static void Fill(IRenderedComponent<AutotaskWizardPage> cut, string user, string secret)
    {
        cut.WaitForAssertion(() => Field(cut, "API user name"), Wait);
        Field(cut, "API user name").Input(user);
        Field(cut, "Secret").Input(secret);
        Field(cut, "Integration code").Input(AutotaskSandboxUsers.IntegrationCode);
        Field(cut, "Managed accounts").Input("3");
    }
}

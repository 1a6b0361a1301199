using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Web.Components.Pages.Integrations;
using Bunit;

namespace BlazorConsole.Web.Tests.Components.Integrations;

public sealed class MdrWizardStepTests : MdrComponentTest
{
    [Fact]
    public void CreateAndConnectMdr_FullUser_CreatesTheIntegrationAndOpensItsMdrPage()
    {
        var cut = RenderWithProviders<AutotaskWizardPage>();
        Click(cut, "Next");
        cut.WaitForAssertion(() => Field(cut, "API user name"), Wait);
        Field(cut, "API user name").Input(AutotaskSandboxUsers.FullUserName);
        Field(cut, "Secret").Input(AutotaskSandboxUsers.FullSecret);
        Field(cut, "Integration code").Input(AutotaskSandboxUsers.IntegrationCode);
        Field(cut, "Managed accounts").Input("3");
        Click(cut, "Next");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=validation-passed]")), Wait);
        Assert.Contains("connect Kaspersky MDR", cut.Find("[data-testid=wizard-mdr-next]").TextContent, StringComparison.Ordinal);

        Click(cut, "Create and connect Kaspersky MDR");

        cut.WaitForAssertion(() => Assert.Single(Stores.Integrations), Wait);
        var saved = Stores.Integrations.Values.Single();
        cut.WaitForAssertion(() => Assert.EndsWith($"/integrations/{saved.Id}/mdr", Navigation.Uri, StringComparison.Ordinal), Wait);
    }
}

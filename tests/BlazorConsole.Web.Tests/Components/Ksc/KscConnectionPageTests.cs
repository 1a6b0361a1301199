using BlazorConsole.Core.Ksc;
using BlazorConsole.Testing.Ksc;
using BlazorConsole.Web.Components.Pages.Ksc;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace BlazorConsole.Web.Tests.Components.Ksc;

public sealed class KscConnectionPageTests : KscComponentTest
{
    [Fact]
    public void Render_WhileTheStoreAnswers_ShowsLoading()
    {
        Store.ReadGate = new TaskCompletionSource();

        var cut = RenderWithProviders<KscConnectionPage>();

        cut.WaitForAssertion(() => Assert.Contains("Loading the KSC connection settings", cut.Find("[role=status]").TextContent), Wait);
        Assert.Empty(cut.FindAll("form"));
        Store.ReadGate.SetResult();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("input[type=password]")), Wait);
    }

    [Fact]
    public void Render_StoreFailsOnce_ShowsErrorWithCorrelationIdAndRetryShowsTheSettings()
    {
        SaveTrustedRow();
        Store.FailNextReads = 1;

        var cut = RenderWithProviders<KscConnectionPage>();

        cut.WaitForAssertion(() => Assert.Contains("could not be loaded", cut.Find("[role=alert]").TextContent), Wait);
        Assert.DoesNotContain("secret detail", cut.Markup);
        var correlationId = cut.Find(".console-correlation").TextContent.Trim();
        Assert.Contains(Logs.Entries, e => e.Message.Contains(correlationId, StringComparison.Ordinal) && e.Exception is InvalidOperationException);

        Click(cut, "Retry");

        cut.WaitForAssertion(() => Assert.Equal("ksc.example.com", Field(cut, "Administration Server address").GetAttribute("value")), Wait);
    }

    [Fact]
    public void Render_NothingSaved_ShowsNotConfiguredAndAnEmptyFormWithTheDefaultPort()
    {
        var cut = RenderWithProviders<KscConnectionPage>();

        cut.WaitForAssertion(() => Assert.Equal("NotConfigured", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);
        Assert.Contains("Not configured.", cut.Find("[data-testid=ksc-status]").TextContent, StringComparison.Ordinal);
        Assert.Equal("13299", Field(cut, "Port").GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(Field(cut, "Administration Server address").GetAttribute("value")));
        Assert.Contains("Not set", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Delete");
        Assert.Empty(Connector.Probed);
    }

    [Fact]
    public void Render_NothingSavedWithTheSandboxRunning_StartsFromTheSimulatorsAddressAndAccount()
    {
        Suggestion.Suggest("127.0.0.1", 45123, "ksc-admin");

        var cut = RenderWithProviders<KscConnectionPage>();

        cut.WaitForAssertion(() => Assert.Equal("127.0.0.1", Field(cut, "Administration Server address").GetAttribute("value")), Wait);
        Assert.Equal("45123", Field(cut, "Port").GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(cut.Find("input[type=password]").GetAttribute("value")));
        Assert.Empty(Connector.Probed);
    }

    [Fact]
    public void Render_SavedSettingsWithTheSandboxRunning_KeepsTheSavedAddress()
    {
        SaveTrustedRow();
        Suggestion.Suggest("127.0.0.1", 45123, "ksc-admin");

        var cut = RenderWithProviders<KscConnectionPage>();

        cut.WaitForAssertion(() => Assert.Equal("ksc.example.com", Field(cut, "Administration Server address").GetAttribute("value")), Wait);
    }

    [Fact]
    public void Render_SavedSettings_FillsTheFormWithoutThePasswordAndChecksTheConnection()
    {
        SaveTrustedRow();

        var cut = RenderWithProviders<KscConnectionPage>();

        cut.WaitForAssertion(() => Assert.Equal("Connected", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);
        Assert.Equal("ksc.example.com", Field(cut, "Administration Server address").GetAttribute("value"));
        Assert.Equal("integration", Field(cut, "Account").GetAttribute("value"));
        Assert.Equal("192.0.2.20", Field(cut, "Integration Server address (optional)").GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(cut.Find("input[type=password]").GetAttribute("value")));
        Assert.Contains("Set: leave empty to keep the saved password", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(KscThumbprint.Group(FakeKscConnector.First.Sha256Thumbprint), cut.Find("[data-testid=ksc-pin]").TextContent.Trim());
        Assert.Contains("Trusted by alice on 2026-11-20 08:30 UTC", cut.Find("[data-testid=ksc-pinned-by]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Saved by bob on 2026-11-21 09:15 UTC", cut.Find("[data-testid=ksc-saved-by]").TextContent, StringComparison.Ordinal);
        Assert.Single(Connector.Probed);
        Assert.DoesNotContain(Connector.Password, cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(Store.Row!.ProtectedPassword, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_InvalidAddress_ShowsTheRuleMessageAndConnectsNowhere()
    {
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("input[type=password]")), Wait);

        Field(cut, "Administration Server address").Input("ksc");
        Field(cut, "Account").Input("integration");
        cut.Find("input[type=password]").Input("Ksc-Passw0rd!");
        Click(cut, "Save");

        cut.WaitForAssertion(() => Assert.Contains("Enter an IPv4 address such as 192.0.2.10 or a fully qualified domain name", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.Empty(Connector.Probed);
        Assert.Null(Store.Row);
    }

    [Fact]
    public void Save_NoPasswordAndNoneSaved_AsksForIt()
    {
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("input[type=password]")), Wait);

        Field(cut, "Administration Server address").Input("ksc.example.com");
        Field(cut, "Account").Input("integration");
        Click(cut, "Save");

        cut.WaitForAssertion(() => Assert.Contains("Enter the password of the KSC account.", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.Empty(Connector.Probed);
    }

    [Fact]
    public void Save_UntrustedCertificate_OpensVerifyAndTrustSavesThePinnedSettings()
    {
        var dialogs = RenderDialogProvider();
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("input[type=password]")), Wait);
        FillNewSettings(cut);

        Click(cut, "Save");

        dialogs.WaitForAssertion(() => Assert.Contains("Verify certificate", dialogs.Markup, StringComparison.Ordinal), Wait);
        Assert.Equal(KscThumbprint.Group(FakeKscConnector.First.Sha256Thumbprint), dialogs.Find("[data-testid=cert-thumbprint]").TextContent.Trim());
        Assert.Null(Store.Row);

        Click(dialogs, "Trust and connect");

        cut.WaitForAssertion(() => Assert.Contains("settings are saved", cut.Find("[data-testid=ksc-notice]").TextContent, StringComparison.Ordinal), Wait);
        var row = Store.Row!;
        Assert.Equal(FakeKscConnector.First.Sha256Thumbprint, row.PinnedThumbprint);
        Assert.Equal("admin", row.PinnedBy);
        Assert.Equal("admin", row.UpdatedBy);
        Assert.Equal("ksc.example.com", row.Address);
        Assert.Equal(Connector.Password, Secrets.Unprotect(row.ProtectedPassword));
        Assert.True(string.IsNullOrEmpty(cut.Find("input[type=password]").GetAttribute("value")));
        Assert.DoesNotContain(Connector.Password, cut.Markup, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Equal("Connected", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);
    }

    [Fact]
    public void Save_UntrustedCertificateCanceled_SavesNothing()
    {
        var dialogs = RenderDialogProvider();
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("input[type=password]")), Wait);
        FillNewSettings(cut);
        Click(cut, "Save");
        dialogs.WaitForAssertion(() => Assert.Contains("Verify certificate", dialogs.Markup, StringComparison.Ordinal), Wait);

        Click(dialogs, "Cancel connection");

        cut.WaitForAssertion(() => Assert.Contains("Connection canceled", cut.Find("[data-testid=ksc-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Null(Store.Row);
        Assert.Single(Connector.Probed);
        Assert.Equal("NotConfigured", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status"));
    }

    [Fact]
    public void Trust_ServerSwitchedCertificateMeanwhile_IsRefusedAndSavesNothing()
    {
        var dialogs = RenderDialogProvider();
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("input[type=password]")), Wait);
        FillNewSettings(cut);
        Click(cut, "Save");
        dialogs.WaitForAssertion(() => Assert.Contains("Verify certificate", dialogs.Markup, StringComparison.Ordinal), Wait);
        Connector.Certificate = FakeKscConnector.Second;

        Click(dialogs, "Trust and connect");

        cut.WaitForAssertion(() => Assert.Contains("now presents a different certificate", cut.Find("[data-testid=ksc-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Null(Store.Row);
    }

    [Fact]
    public void Save_CredentialsRejected_SavesNothingAndSaysWhy()
    {
        SaveTrustedRow();
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.Equal("Connected", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);

        Field(cut, "Port").Input("13300");
        cut.Find("input[type=password]").Input("Wrong-Passw0rd!");
        Click(cut, "Save");

        cut.WaitForAssertion(() => Assert.Contains("Nothing was saved. Credentials rejected", cut.Find("[data-testid=ksc-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(KscDefaults.Port, Store.Row!.Port);
    }

    [Fact]
    public void SaveUntested_Confirmed_SavesWithoutConnecting()
    {
        var dialogs = RenderDialogProvider();
        Connector.Reachable = false;
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("input[type=password]")), Wait);
        FillNewSettings(cut);

        Click(cut, "Save untested");
        dialogs.WaitForAssertion(() => Assert.Contains("Save without testing", dialogs.Markup, StringComparison.Ordinal), Wait);
        Assert.Null(Store.Row);
        dialogs.FindAll("button").Last(b => b.TextContent.Trim() == "Save untested").Click();

        cut.WaitForAssertion(() => Assert.Equal("Unknown", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);
        Assert.False(Store.Row!.Tested);
        Assert.Empty(Connector.Probed);
        Assert.Contains("without a connection test", cut.Find("[data-testid=ksc-status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_Confirmed_RemovesTheSettings()
    {
        SaveTrustedRow();
        var dialogs = RenderDialogProvider();
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.Equal("Connected", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);

        Click(cut, "Delete");
        dialogs.WaitForAssertion(() => Assert.Contains("Delete the KSC connection", dialogs.Markup, StringComparison.Ordinal), Wait);
        Assert.NotNull(Store.Row);
        dialogs.FindAll("button").Last(b => b.TextContent.Trim() == "Delete").Click();

        cut.WaitForAssertion(() => Assert.Equal("NotConfigured", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);
        Assert.Null(Store.Row);
        Assert.True(string.IsNullOrEmpty(Field(cut, "Administration Server address").GetAttribute("value")));
    }

    [Fact]
    public void Delete_Canceled_KeepsTheSettings()
    {
        SaveTrustedRow();
        var dialogs = RenderDialogProvider();
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.Equal("Connected", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);

        Click(cut, "Delete");
        dialogs.WaitForAssertion(() => Assert.Contains("Delete the KSC connection", dialogs.Markup, StringComparison.Ordinal), Wait);
        dialogs.FindAll("button").Last(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Delete the KSC connection", dialogs.Markup, StringComparison.Ordinal), Wait);
        Assert.NotNull(Store.Row);
    }

    [Theory]
    [InlineData(KscProbeStatus.Connected, "Connected.")]
    [InlineData(KscProbeStatus.CertificateUntrusted, "Certificate not trusted.")]
    [InlineData(KscProbeStatus.CredentialsRejected, "Credentials rejected.")]
    [InlineData(KscProbeStatus.Unreachable, "Unreachable.")]
    [InlineData(KscProbeStatus.Failed, "Connection failed.")]
    public void Status_EachObservedOutcome_IsShownWithItsReason(KscProbeStatus status, string title)
    {
        SaveTrustedRow();
        Monitor.Record(new KscProbe(status, "reason given by the connector", FakeKscConnector.First, FakeKscConnector.First.Sha256Thumbprint));

        var cut = RenderWithProviders<KscConnectionPage>();

        cut.WaitForAssertion(() => Assert.Equal(status.ToString(), cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);
        var text = cut.Find("[data-testid=ksc-status]").TextContent;
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(status == KscProbeStatus.Connected ? "signs in to ksc.example.com:13299 as integration" : "reason given by the connector", text, StringComparison.Ordinal);
        Assert.Contains("Observed 2026-11-23 10:00 UTC", text, StringComparison.Ordinal);
        Assert.Empty(Connector.Probed);
    }

    [Fact]
    public void Status_CertificateChangedSeenByATask_ShowsBothThumbprintsAndTrustingTheNewOneSavesIt()
    {
        SaveTrustedRow();
        Connector.Certificate = FakeKscConnector.Second;
        var dialogs = RenderDialogProvider();
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.Equal("CertificateChanged", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);
        Assert.Equal(KscThumbprint.Group(FakeKscConnector.First.Sha256Thumbprint), cut.Find("[data-testid=ksc-pinned-thumbprint]").TextContent.Trim());
        Assert.Equal(KscThumbprint.Group(FakeKscConnector.Second.Sha256Thumbprint), cut.Find("[data-testid=ksc-presented-thumbprint]").TextContent.Trim());

        Click(cut, "Verify certificate");
        dialogs.WaitForAssertion(() => Assert.Contains("other than the trusted one", dialogs.Markup, StringComparison.Ordinal), Wait);
        Assert.Equal(KscThumbprint.Group(FakeKscConnector.First.Sha256Thumbprint), dialogs.Find("[data-testid=cert-pinned-thumbprint]").TextContent.Trim());
        Click(dialogs, "Trust and connect");

        cut.WaitForAssertion(() => Assert.Equal("Connected", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);
        Assert.Equal(FakeKscConnector.Second.Sha256Thumbprint, Store.Row!.PinnedThumbprint);
        Assert.Equal("admin", Store.Row.PinnedBy);
        Assert.Equal(Connector.Password, Secrets.Unprotect(Store.Row.ProtectedPassword));
    }

    [Fact]
    public void Status_ChangeObservedWhileThePageIsOpen_IsShownLive()
    {
        SaveTrustedRow();
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.Equal("Connected", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);

        Monitor.Record(new KscProbe(KscProbeStatus.Unreachable, "connection refused"));

        cut.WaitForAssertion(() => Assert.Equal("Unreachable", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);
        Assert.Contains("connection refused", cut.Find("[data-testid=ksc-status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_Connected_SaysSoAndSavesNothing()
    {
        SaveTrustedRow();
        var cut = RenderWithProviders<KscConnectionPage>();
        cut.WaitForAssertion(() => Assert.Equal("Connected", cut.Find("[data-testid=ksc-status]").GetAttribute("data-status")), Wait);
        Field(cut, "Port").Input("13300");

        Click(cut, "Test connection");

        cut.WaitForAssertion(() => Assert.Contains("The connection succeeded", cut.Find("[data-testid=ksc-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(13300, Connector.Probed[^1].Port);
        Assert.Equal(KscDefaults.Port, Store.Row!.Port);
    }

    [Fact]
    public void Route_AnonymousUser_SeesNoSettings()
    {
        SaveTrustedRow();
        Authorization.SetNotAuthorized();
        var route = new RouteData(typeof(KscConnectionPage), new Dictionary<string, object?>());

        var cut = Render<AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, route)
            .Add(v => v.NotAuthorized, _ => b => b.AddContent(0, "Sign in to continue.")));

        cut.WaitForAssertion(() => Assert.Contains("Sign in to continue.", cut.Markup), Wait);
        Assert.DoesNotContain("ksc.example.com", cut.Markup);
        Assert.Equal(0, Store.Reads);
        Assert.Empty(Connector.Probed);
    }

    private static void FillNewSettings(IRenderedComponent<KscConnectionPage> cut)
    {
        Field(cut, "Administration Server address").Input("ksc.example.com");
        Field(cut, "Account").Input("integration");
        cut.Find("input[type=password]").Input("Ksc-Passw0rd!");
    }
}

using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Testing.Ksc;
using BlazorConsole.Web.Components.Pages.Hierarchy;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Hierarchy;

public sealed class HierarchyPageTests : ConsoleComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    public HierarchyPageTests()
    {
        var secrets = new BlazorConsole.Web.Hosting.DataProtectionSecretProtector(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());
        var services = new ServiceCollection()
            .AddSingleton<ISecretProtector>(secrets)
            .AddSingleton<ILoggerFactory>(new LoggerFactory([Logs]))
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton<IKscConnectionStore>(Store)
            .AddSingleton<IKscHierarchyConnector>(Connector)
            .AddSingleton<IValidator<AddSecondaryInput>, AddSecondaryInputValidator>()
            .AddSingleton<HierarchyService>()
            .BuildServiceProvider();
        Services.AddFallbackServiceProvider(services);
        Store.Row = new KscConnection { Address = "192.0.2.10", UserName = "ksc-admin", ProtectedPassword = secrets.Protect("pw"), PinnedThumbprint = new string('B', 64), Tested = true, UpdatedBy = "admin" };
    }

    private FakeKscConnectionStore Store { get; } = new();

    private FakeHierarchyConnector Connector { get; } = new();

    [Fact]
    public void Render_WhileThePrimaryIsRead_ShowsLoadingThenTheTree()
    {
        Connector.Gate = new TaskCompletionSource();
        Connector.Secondaries.Add(new SecondaryServer(1, "Branch A", 5, null, false, SecondaryServerStatus.Connected, null, DateTimeOffset.UtcNow, "15.1"));
        Connector.Secondaries.Add(new SecondaryServer(2, "DMZ B", 0, "http://dmz.example.com:13000", true, SecondaryServerStatus.Error, "Not connected since 2026-11-20 10:00 UTC", DateTimeOffset.UtcNow, null));

        var cut = RenderWithProviders<HierarchyPage>();
        Assert.Contains("Loading the server hierarchy", cut.Markup, StringComparison.Ordinal);
        Connector.Gate.SetResult();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=secondary-row]").Count), Wait);
        Assert.Contains("ksc.example.com", cut.Find("[data-testid=hierarchy-primary]").TextContent, StringComparison.Ordinal);
        var rows = cut.FindAll("[data-testid=secondary-row]");
        Assert.Contains(rows, row => row.TextContent.Contains("Branch A", StringComparison.Ordinal) && row.QuerySelector("[data-testid=secondary-status]")!.TextContent.Contains("Connected", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.TextContent.Contains("Not connected since", StringComparison.Ordinal) && row.TextContent.Contains("DMZ", StringComparison.Ordinal));
        Assert.NotNull(cut.Find("[role=treeitem][aria-label='Group Branches']"));
    }

    [Fact]
    public void Render_NoKscConnection_ShowsEmptyWithTheWayToTheSettings()
    {
        Store.Row = null;

        var cut = RenderWithProviders<HierarchyPage>();

        cut.WaitForAssertion(() => Assert.Contains("no KSC connection yet", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.Equal("/ksc", cut.Find("a[href='/ksc']").GetAttribute("href"));
    }

    [Fact]
    public void Render_PrimaryUnreachable_ShowsErrorAndRetryLoadsAgain()
    {
        Connector.FailWith = KscErrors.Unreachable("connection refused");
        var cut = RenderWithProviders<HierarchyPage>();
        cut.WaitForAssertion(() => Assert.Contains("connection refused", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal), Wait);

        Connector.FailWith = null;
        cut.FindAll("button").First(b => b.TextContent.Trim() == "Retry").Click();

        cut.WaitForAssertion(() => Assert.Contains("No secondary servers yet", cut.Markup, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void Remove_Confirmed_RemovesAndSaysSo_CanceledChangesNothing()
    {
        Connector.Secondaries.Add(new SecondaryServer(7, "Branch A", 0, null, false, SecondaryServerStatus.Waiting, "waiting", null, null));
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderWithProviders<HierarchyPage>();
        cut.WaitForAssertion(() => cut.Find("button[aria-label='Remove Branch A']"), Wait);

        cut.Find("button[aria-label='Remove Branch A']").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Cancel").Click(), Wait);
        Assert.Empty(Connector.Removed);
        cut.Find("button[aria-label='Remove Branch A']").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Remove").Click(), Wait);

        cut.WaitForAssertion(() => Assert.Contains("is removed from the hierarchy", cut.Find("[data-testid=hierarchy-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal([7L], Connector.Removed);
    }

    [Fact]
    public void Wizard_FromPrimaryWithBadPort_ShowsTheMessageNextToTheFieldAndStays()
    {
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderWithProviders<HierarchyPage>();
        cut.WaitForAssertion(() => Assert.Contains("No secondary servers yet", cut.Markup, StringComparison.Ordinal), Wait);

        Click(cut, "Add secondary server");
        dialogs.WaitForAssertion(() => Assert.Contains("Step 1 of 4", dialogs.Markup, StringComparison.Ordinal), Wait);
        Click(dialogs, "Next");
        dialogs.WaitForAssertion(() => Assert.Contains("Step 2 of 4", dialogs.Markup, StringComparison.Ordinal), Wait);
        Field(dialogs, "Administration Server API port").Input("70000");
        Click(dialogs, "Next");

        dialogs.WaitForAssertion(() => Assert.Contains("The port must be between 1 and 65535.", dialogs.Markup, StringComparison.Ordinal), Wait);
        Assert.Contains("Step 2 of 4", dialogs.Markup, StringComparison.Ordinal);
        Assert.Empty(Connector.Registered);
    }

    [Fact]
    public void Wizard_AccountWithTwoStepVerification_AsksForTheCodeOnlyThen()
    {
        Connector.RequiredCode = "123456";
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderWithProviders<HierarchyPage>();
        cut.WaitForAssertion(() => Assert.Contains("No secondary servers yet", cut.Markup, StringComparison.Ordinal), Wait);
        Click(cut, "Add secondary server");
        dialogs.WaitForAssertion(() => Click(dialogs, "Next"), Wait);
        dialogs.WaitForAssertion(() => Field(dialogs, "Secondary Administration Server display name"), Wait);
        Field(dialogs, "Secondary Administration Server address (optional)").Input("ksc2.example.com");
        Field(dialogs, "Secondary Administration Server display name").Input("Branch");
        dialogs.WaitForAssertion(() => Field(dialogs, "Account on the secondary").Input("secondary-admin"), Wait);
        Field(dialogs, "Password").Input("Secret-1");
        Click(dialogs, "Next");
        dialogs.WaitForAssertion(() => Click(dialogs, "Get from secondary Administration Server"), Wait);
        dialogs.WaitForAssertion(() => Click(dialogs, "Trust and connect"), Wait);
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("[data-testid=secondary-trusted]")), Wait);
        Click(dialogs, "Next");
        dialogs.WaitForAssertion(() => Assert.Contains("Step 4 of 4", dialogs.Markup, StringComparison.Ordinal), Wait);
        Assert.DoesNotContain("Security code", dialogs.Markup, StringComparison.Ordinal);

        Click(dialogs, "Add");
        dialogs.WaitForAssertion(() => Field(dialogs, "Security code").Input("123456"), Wait);
        Click(dialogs, "Add");

        cut.WaitForAssertion(() => Assert.Contains("is registered", cut.Find("[data-testid=hierarchy-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal("Branch", Assert.Single(Connector.Registered).DisplayName);
    }

    [Fact]
    public void Page_SignedOutUser_IsSentToSignIn()
    {
        // the router answers a signed-out user with the sign-in page for every [Authorize] page
        var attribute = typeof(HierarchyPage).GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), true);

        Assert.Single(attribute);
    }

    private static AngleSharp.Dom.IElement Field<T>(IRenderedComponent<T> cut, string label)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        var labelElement = cut.FindAll("label").First(l => l.TextContent.Trim() == label);
        return cut.Find($"#{labelElement.GetAttribute("for")}");
    }

    private static void Click<T>(IRenderedComponent<T> cut, string text)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll("button").First(b => b.TextContent.Trim() == text).Click();
}

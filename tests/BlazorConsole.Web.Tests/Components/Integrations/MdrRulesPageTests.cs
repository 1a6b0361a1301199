using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Components.Pages.Integrations;
using Bunit;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Integrations;

public sealed class MdrRulesPageTests : MdrComponentTest
{
    private static readonly MdrTicketingSettings HighRuleSet = MdrTicketingSettings.Default with
    {
        Rules =
        [
            new MdrTicketRule(MdrPriority.Low, false, null, null, null, null, null, 72, 0),
            new MdrTicketRule(MdrPriority.Normal, false, null, null, null, null, null, 24, 0),
            new MdrTicketRule(MdrPriority.High, true, 29683481, 4, 1, 10, 101, 4, 0),
        ],
    };

    [Fact]
    public void Render_WhileLoading_SaysSo()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        Mdr.LoadGate = new TaskCompletionSource();

        var cut = RenderWithProviders<MdrRulesPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("Loading the rules and the Autotask ticket picklists…", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.Empty(cut.FindAll("[data-testid=mdr-rule]"));
        Mdr.LoadGate.SetResult();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=mdr-rule]").Count), Wait);
    }

    [Fact]
    public void Render_NoConnection_SaysToConnectFirst()
    {
        var integration = SaveIntegration();

        var cut = RenderWithProviders<MdrRulesPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("Connect Kaspersky MDR first", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.False(HasButton(cut, "Save rules"));
    }

    [Fact]
    public void Render_PicklistsUnreadable_ShowsTheReasonAndRetryLoads()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        Mdr.ChoicesError = AutotaskErrors.Unreachable("connection refused");
        var cut = RenderWithProviders<MdrRulesPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Assert.Contains("The Autotask ticket picklists could not be read", cut.Markup, StringComparison.Ordinal), Wait);

        Mdr.ChoicesError = null;
        Click(cut, "Retry");

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=mdr-rule]").Count), Wait);
    }

    [Fact]
    public void Render_SavedRules_ShowsOneRulePerSeverityHighFirstWithTheChosenValues()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id, ticketing: HighRuleSet);

        var cut = RenderWithProviders<MdrRulesPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=mdr-rule]").Count), Wait);
        Assert.Equal(["High", "Normal", "Low"], cut.FindAll("[data-testid=mdr-rule]").Select(r => r.GetAttribute("data-priority")));
        var high = cut.FindAll("[data-testid=mdr-rule]")[0];
        Assert.Contains("Monitoring Alert", high.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("Critical", high.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("Malware", high.InnerHtml, StringComparison.Ordinal);
        Assert.True(Checked(cut, "Create tickets for high incidents"));
        Assert.False(Checked(cut, "Create tickets for low incidents"));
    }

    [Fact]
    public void Save_TicketsWithoutQueuePriorityStatus_ShowsEachProblemAtItsFieldAndSavesNothing()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        var cut = RenderWithProviders<MdrRulesPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=mdr-rule]").Count), Wait);

        Switch(cut, "Create tickets for normal incidents").Change(true);
        cut.WaitForAssertion(() => Assert.True(Checked(cut, "Create tickets for normal incidents")), Wait);
        Click(cut, "Save rules");

        cut.WaitForAssertion(() => Assert.Contains("correct the marked fields", cut.Find("[data-testid=integration-notice]").TextContent, StringComparison.Ordinal), Wait);
        var normal = cut.FindAll("[data-testid=mdr-rule]")[1];
        Assert.Contains("Choose the Autotask queue for Normal incidents.", normal.TextContent, StringComparison.Ordinal);
        Assert.Contains("Choose the ticket priority for Normal incidents.", normal.TextContent, StringComparison.Ordinal);
        Assert.Contains("Choose the ticket status for Normal incidents.", normal.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Choose the Autotask queue", cut.FindAll("[data-testid=mdr-rule]")[0].TextContent, StringComparison.Ordinal);
        Assert.Null(Mdr.SavedTicketing);
    }

    [Fact]
    public void Save_DueHoursOutOfRange_ShowsTheRangeAtTheField()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id, ticketing: HighRuleSet);
        var cut = RenderWithProviders<MdrRulesPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=mdr-rule]").Count), Wait);

        cut.Find("input[aria-label='Due hours for high incidents']").Input("0");
        Click(cut, "Save rules");

        cut.WaitForAssertion(() => Assert.Contains($"The due time of High incidents must be between 1 and {MdrTicketRule.MaxDueHours} hours.", cut.FindAll("[data-testid=mdr-rule]")[0].TextContent, StringComparison.Ordinal), Wait);
        Assert.Null(Mdr.SavedTicketing);
    }

    [Fact]
    public void Save_ValidRules_SavesWhatTheAdministratorChose()
    {
        var integration = SaveIntegration();
        var connection = Mdr.Add(integration.Id, ticketing: HighRuleSet);
        var cut = RenderWithProviders<MdrRulesPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=mdr-rule]").Count), Wait);

        cut.Find("input[aria-label='Due hours for high incidents']").Input("8");
        cut.Find("input[aria-label='Delay minutes for high incidents']").Input("15");
        Switch(cut, "Complete the ticket when the incident is resolved").Change(true);
        cut.WaitForAssertion(() => Assert.True(Checked(cut, "Complete the ticket when the incident is resolved")), Wait);
        Click(cut, "Save rules");

        cut.WaitForAssertion(() => Assert.Contains("The rules are saved", cut.Find("[data-testid=integration-notice]").TextContent, StringComparison.Ordinal), Wait);
        var saved = Mdr.SavedTicketing!;
        Assert.Equal(new MdrTicketRule(MdrPriority.High, true, 29683481, 4, 1, 10, 101, 8, 15), saved.RuleFor(MdrPriority.High));
        Assert.False(saved.RuleFor(MdrPriority.Low).CreateTicket);
        Assert.True(saved.CompleteOnResolve);
        Assert.Equal(5, saved.CompletedStatus);
        Assert.Equal(("SaveTicketing", connection.Id, "admin"), Mdr.Calls.Single());
    }

    [Fact]
    public async Task IssueTypeChanged_SubIssueOfTheOldType_IsCleared()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id, ticketing: HighRuleSet);
        var cut = RenderWithProviders<MdrRulesPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=mdr-rule]").Count), Wait);

        var issueType = cut.FindComponents<MudSelect<long?>>().Single(s => s.Instance.Label == "Issue type" && s.Instance.UserAttributes["aria-label"] as string == "Issue type for high incidents");
        await cut.InvokeAsync(() => issueType.Instance.ValueChanged.InvokeAsync(11));
        Click(cut, "Save rules");

        cut.WaitForAssertion(() => Assert.NotNull(Mdr.SavedTicketing), Wait);
        var high = Mdr.SavedTicketing!.RuleFor(MdrPriority.High);
        Assert.Equal(11, high.IssueType);
        Assert.Null(high.SubIssueType);
    }

    [Fact]
    public void Render_Operator_ReadsTheRulesButCannotChangeThem()
    {
        SignInAsOperator();
        var integration = SaveIntegration();
        Mdr.Add(integration.Id, ticketing: HighRuleSet);

        var cut = RenderWithProviders<MdrRulesPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=mdr-rule]").Count), Wait);
        Assert.NotEmpty(cut.FindAll("[data-testid=mdr-read-only]"));
        Assert.False(HasButton(cut, "Save rules"));
        Assert.True(Switch(cut, "Create tickets for high incidents").HasAttribute("disabled"));
        Assert.True(cut.Find("input[aria-label='Due hours for high incidents']").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_RefreshTokenRejected_ShowsTheBannerWithTheWayToReplaceTheToken()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id, MdrConnectionStatus.RefreshTokenRejected);

        var cut = RenderWithProviders<MdrRulesPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("Refresh token rejected", cut.Find("[data-testid=mdr-status-banner]").TextContent, StringComparison.Ordinal), Wait);
        Assert.EndsWith($"/integrations/{integration.Id}/mdr#replace-token", cut.Find("[data-testid=mdr-status-banner] a").GetAttribute("href"), StringComparison.Ordinal);
    }

    private static bool Checked(IRenderedComponent<MdrRulesPage> cut, string label) =>
        ((AngleSharp.Html.Dom.IHtmlInputElement)Switch(cut, label)).IsChecked;

    private static AngleSharp.Dom.IElement Switch(IRenderedComponent<MdrRulesPage> cut, string label) =>
        cut.FindAll("label").First(l => l.TextContent.Contains(label, StringComparison.Ordinal)).QuerySelector("input")!;
}

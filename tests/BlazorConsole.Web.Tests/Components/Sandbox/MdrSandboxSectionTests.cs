using BlazorConsole.Sandbox.Mdr;
using BlazorConsole.Web.Components.Pages.Sandbox;
using BlazorConsole.Web.Sandbox;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Sandbox;

public sealed class MdrSandboxSectionTests : ConsoleComponentTest, IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly SandboxSimulators _simulators = new();
    private MdrSimulator _mdr = null!;

    protected override void AddServices(IServiceCollection services) => services.AddSingleton(_simulators);

    async Task IAsyncLifetime.InitializeAsync()
    {
        _mdr = await MdrSimulator.StartAsync();
        _simulators.Mdr = _mdr;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await _mdr.DisposeAsync();
        await DisposeAsync();
    }

    [Fact]
    public void Render_SandboxPageWithMdr_ShowsBaseUrlAndEveryConnection()
    {
        var cut = RenderWithProviders<SandboxPage>();

        Assert.Equal(_mdr.BaseUrl.ToString(), cut.Find("[data-testid=sandbox-mdr-base-url]").TextContent);
        var rows = cut.FindAll("[data-testid=sandbox-mdr-connection]");
        Assert.Equal(_mdr.Connections.Count, rows.Count);
        Assert.Contains(rows, row => row.TextContent.Contains(MdrSeedData.LimitedClientId, StringComparison.Ordinal) && row.TextContent.Contains("Contoso, Fabrikam Ltd", StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=sandbox-mdr-token]"));
    }

    [Fact]
    public void IssueRefreshToken_ShowsALiveTokenOnceUntilHidden()
    {
        var cut = RenderSection();

        cut.Find($"button[aria-label='Issue refresh token for {MdrSeedData.FullAccessName}']").Click();

        var token = cut.Find("input[aria-label='Issued refresh token']").GetAttribute("value");
        Assert.StartsWith("eyJ", token, StringComparison.Ordinal);
        Assert.Equal(1, _mdr.Snapshot().LiveRefreshTokens);
        Assert.Contains(MdrSeedData.FullAccessClientId, cut.Find("[data-testid=sandbox-mdr-token]").TextContent, StringComparison.Ordinal);

        Click(cut, "Copy token");
        Assert.Contains(JSInterop.Invocations, invocation => invocation.Identifier == "navigator.clipboard.writeText" && Equals(invocation.Arguments[0], token));

        Click(cut, "Hide token");
        Assert.Empty(cut.FindAll("[data-testid=sandbox-mdr-token]"));
        Assert.DoesNotContain(token!, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void RevokeTokens_AfterIssuing_NoLiveTokenLeft()
    {
        var cut = RenderSection();
        cut.Find($"button[aria-label='Issue refresh token for {MdrSeedData.LimitedName}']").Click();

        cut.Find($"button[aria-label='Revoke tokens of {MdrSeedData.LimitedName}']").Click();

        Assert.Equal(0, _mdr.Snapshot().LiveRefreshTokens);
        cut.WaitForAssertion(() => Assert.Contains("Revoked 1 live token(s) of Helpdesk SOC", cut.Markup, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void RaiseIncident_WithSummary_NewHighIncidentInContosoListedFirst()
    {
        var cut = RenderSection();
        var before = _mdr.Snapshot().Incidents.Count;

        cut.Find("input[aria-label='Summary of the new incident']").Change("Beacon to a C2 server on CONTOSO-WS022");
        Click(cut, "Raise incident");

        var raised = _mdr.Snapshot().Incidents.MaxBy(incident => incident.UpdateTime)!;
        Assert.Equal(before + 1, _mdr.Snapshot().Incidents.Count);
        Assert.Equal(("Beacon to a C2 server on CONTOSO-WS022", MdrSeedData.Contoso, MdrSimulatedPriority.High, MdrSimulatedStatus.Open), (raised.Summary, raised.TenantName, raised.Priority, raised.Status));
        cut.WaitForAssertion(() => Assert.Contains("Beacon to a C2 server", cut.FindAll("[data-testid=sandbox-mdr-incident]")[0].TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void RaiseIncident_WithoutSummary_SaysWhatIsMissingAndRaisesNothing()
    {
        var cut = RenderSection();
        var before = _mdr.Snapshot().Incidents.Count;

        Click(cut, "Raise incident");

        Assert.Equal(before, _mdr.Snapshot().Incidents.Count);
        cut.WaitForAssertion(() => Assert.Contains("type a summary", cut.Markup, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void CommentAndStatus_OnTheRaisedIncident_ChangeItInTheSimulator()
    {
        var cut = RenderSection();
        cut.Find("input[aria-label='Summary of the new incident']").Change("Test incident");
        Click(cut, "Raise incident");
        var raised = _mdr.Snapshot().Incidents.MaxBy(incident => incident.UpdateTime)!;

        cut.Find("input[aria-label='Comment text']").Change("Isolated by the customer");
        Click(cut, "Add comment");
        Click(cut, "Change status");

        var comment = _mdr.Snapshot().Comments[^1];
        Assert.Equal((raised.IncidentId, MdrSeedData.AnalystName, "Isolated by the customer"), (comment.IncidentId, comment.AuthorName, comment.Text));
        Assert.Equal(MdrSimulatedStatus.Closed, _mdr.Snapshot().Incident(raised.IncidentId)!.Status);
    }

    [Fact]
    public void AddComment_NoIncidentChosen_AsksForOneAndChangesNothing()
    {
        var cut = RenderSection();
        var before = _mdr.Snapshot().Comments.Count;

        cut.Find("input[aria-label='Comment text']").Change("Hello");
        Click(cut, "Add comment");

        Assert.Equal(before, _mdr.Snapshot().Comments.Count);
        cut.WaitForAssertion(() => Assert.Contains("Choose an incident first.", cut.Markup, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void FailCall_PathAndCallNumber_SetsThatFaultAndListsIt()
    {
        var cut = RenderSection();

        cut.Find("input[aria-label='MDR path to fail']").Change("incidents/list");
        Click(cut, "Fail that MDR call");

        var fault = Assert.Single(_mdr.Faults.Pending);
        Assert.Equal(("incidents/list", 1, 1, MdrFaultKind.Http500), (fault.Path, fault.FromCall, fault.Times, fault.Kind));
        cut.WaitForAssertion(() => Assert.Contains("incidents/list: 1 call(s) from call 1 answer Http500", cut.Find("[data-testid=sandbox-mdr-faults]").TextContent, StringComparison.Ordinal), Wait);

        Click(cut, "Clear MDR faults");
        Assert.Empty(_mdr.Faults.Pending);
    }

    private IRenderedComponent<MdrSandboxSection> RenderSection() =>
        RenderWithProviders<MdrSandboxSection>(parameters => parameters.Add(section => section.Simulator, _mdr));

    private static void Click<T>(IRenderedComponent<T> cut, string text)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll("button").Single(button => button.TextContent.Trim() == text).Click();
}

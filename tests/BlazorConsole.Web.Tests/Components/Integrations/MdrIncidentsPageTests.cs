using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Components.Pages.Integrations;
using Bunit;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Integrations;

public sealed class MdrIncidentsPageTests : MdrComponentTest
{
    [Fact]
    public void Render_WhileLoading_SaysSo()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        Mdr.LoadGate = new TaskCompletionSource();

        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("Loading the MDR connection…", cut.Markup, StringComparison.Ordinal), Wait);
        Mdr.LoadGate.SetResult();
        cut.WaitForAssertion(() => Assert.Contains("No incident synchronised yet.", cut.Markup, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void Render_NoConnection_SaysToConnectFirst()
    {
        var integration = SaveIntegration();

        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("Connect Kaspersky MDR first", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.False(HasButton(cut, "Sync now"));
    }

    [Fact]
    public void Render_NoIncidentYet_SaysWhenTheyAppearAndOffersSyncNow()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);

        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("No incident synchronised yet.", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.True(HasButton(cut, "Sync now"));
        Assert.Contains("2026-11-23 16:05 UTC", cut.Find("[data-testid=mdr-last-sync]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ListFails_ShowsReferenceAndRetryLoads()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        Incidents.Add("INC-1", MdrIncidentSyncState.Ticketed, "T20261123.0001");
        Incidents.FailNextLists = 1;
        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Assert.Contains("The synced incidents could not be loaded", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.DoesNotContain("database down", cut.Markup, StringComparison.Ordinal);

        Click(cut, "Retry");

        cut.WaitForAssertion(() => Assert.Equal("T20261123.0001", cut.Find("[data-testid=mdr-ticket]").TextContent.Trim()), Wait);
    }

    [Fact]
    public void Render_Incidents_ShowsTicketNotesStateAndErrorsPerRow()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        Incidents.Add("INC-1", MdrIncidentSyncState.Ticketed, "T20261123.0001", notesSent: 2, notesPending: 1);
        Incidents.Add("INC-2", MdrIncidentSyncState.Failed, lastError: "Autotask answered 500.");

        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal(["INC-1", "INC-2"], cut.FindAll("[data-testid=mdr-incident-id]").Select(e => e.TextContent.Trim())), Wait);
        Assert.Equal(["Ticketed", "Failed"], cut.FindAll("[data-testid=mdr-sync-state]").Select(e => e.TextContent.Trim()));
        Assert.Equal("2 notes sent, 1 pending", cut.FindAll("[data-testid=mdr-notes]")[0].TextContent.Trim());
        Assert.Equal("Autotask answered 500.", cut.Find("[data-testid=mdr-last-error]").TextContent.Trim());
        Assert.Equal("2 attempts", cut.Find("[data-testid=mdr-attempts]").TextContent.Trim());
        Assert.Single(cut.FindAll("button[aria-label^='Retry incident']"));
    }

    [Fact]
    public void Render_FilterInTheUrl_AsksTheServiceForThatStateAndSearch()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        Incidents.Add("INC-1", MdrIncidentSyncState.Ticketed, "T20261123.0001");
        Incidents.Add("INC-2", MdrIncidentSyncState.Failed, lastError: "Autotask answered 500.");

        Navigation.NavigateTo($"/integrations/{integration.Id}/mdr/incidents?state=failed&q=INC");

        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal("INC-2", cut.Find("[data-testid=mdr-incident-id]").TextContent.Trim()), Wait);
        Assert.Single(cut.FindAll("[data-testid=mdr-incident-id]"));
        Assert.Equal(new MdrIncidentFilter(MdrIncidentSyncState.Failed, "INC", 1, MdrIncidentGrid.PageSize), Incidents.Filters[^1]);
    }

    [Fact]
    public async Task ChangeState_PutsTheFilterInTheUrl()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        Incidents.Add("INC-1", MdrIncidentSyncState.Ticketed, "T20261123.0001");
        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=mdr-incident-id]"), Wait);

        var select = cut.FindComponents<MudSelect<MdrIncidentSyncState?>>().Single();
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(MdrIncidentSyncState.Unmapped));

        Assert.Contains("state=unmapped", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Retry_FailedRow_MakesThatIncidentDue()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        var failed = Incidents.Add("INC-2", MdrIncidentSyncState.Failed, lastError: "Autotask answered 500.");
        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => cut.Find("button[aria-label='Retry incident INC-2']"), Wait);

        cut.Find("button[aria-label='Retry incident INC-2']").Click();

        cut.WaitForAssertion(() => Assert.Contains("Incident INC-2 is due again", cut.Find("[data-testid=integration-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal([failed.Id], Incidents.Retried);
    }

    [Fact]
    public void RetryFailed_SaysHowManyAreDueAgain()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        Incidents.Add("INC-2", MdrIncidentSyncState.Failed, lastError: "Autotask answered 500.");
        Incidents.Add("INC-3", MdrIncidentSyncState.Failed, lastError: "Autotask answered 500.");
        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=mdr-incident-id]").Count), Wait);

        Click(cut, "Retry failed");

        cut.WaitForAssertion(() => Assert.Contains("2 failed incidents are due again", cut.Find("[data-testid=integration-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(1, Incidents.RetryFailedCalls);
    }

    [Fact]
    public void SyncNow_ShowsWhatThePassDidAndTheNewRows()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));
        cut.WaitForAssertion(() => Assert.Contains("No incident synchronised yet.", cut.Markup, StringComparison.Ordinal), Wait);
        Incidents.Add("INC-9", MdrIncidentSyncState.Ticketed, "T20261123.0009");

        Click(cut, "Sync now");

        cut.WaitForAssertion(() => Assert.Contains("3 incidents read, 1 tickets created, 2 notes added", cut.Find("[data-testid=integration-notice]").TextContent, StringComparison.Ordinal), Wait);
        cut.WaitForAssertion(() => Assert.Equal("T20261123.0009", cut.Find("[data-testid=mdr-ticket]").TextContent.Trim()), Wait);
        Assert.Equal(1, Incidents.SyncCalls);
    }

    [Fact]
    public void Render_Operator_ReadsButCannotSyncOrRetry()
    {
        SignInAsOperator();
        var integration = SaveIntegration();
        Mdr.Add(integration.Id);
        Incidents.Add("INC-2", MdrIncidentSyncState.Failed, lastError: "Autotask answered 500.");

        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Equal("INC-2", cut.Find("[data-testid=mdr-incident-id]").TextContent.Trim()), Wait);
        Assert.False(HasButton(cut, "Sync now"));
        Assert.False(HasButton(cut, "Retry failed"));
        Assert.Empty(cut.FindAll("button[aria-label^='Retry incident']"));
    }

    [Fact]
    public void Render_RefreshTokenRejected_ShowsTheBanner()
    {
        var integration = SaveIntegration();
        Mdr.Add(integration.Id, MdrConnectionStatus.RefreshTokenRejected);

        var cut = RenderWithProviders<MdrIncidentsPage>(p => p.Add(c => c.Id, integration.Id));

        cut.WaitForAssertion(() => Assert.Contains("Tenant mappings, rules and synced incidents are kept", cut.Find("[data-testid=mdr-status-banner]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal("Refresh token rejected", cut.Find("[data-testid=mdr-status]").TextContent.Trim());
    }
}

using System.Text.RegularExpressions;
using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Sandbox.Mdr;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Integrations;

[Collection(BrowserCollection.Name)]
public sealed partial class MdrIncidentFlowTests(MdrFlowFixture mdr)
    : BrowserTest(mdr.Browser), IClassFixture<MdrFlowFixture>
{
    [Fact(DisplayName = "Administrator connects Kaspersky MDR and a high incident becomes an Autotask ticket with notes, completed when closed")]
    public Task Administrator_ConnectsMdr_HighIncidentBecomesTicket_CommentBecomesNote_CloseCompletes() => RunAsync(async page =>
    {
        await mdr.AddTenantAsync("Contoso");
        await mdr.AddTenantAsync("Fabrikam");
        var autotask = mdr.Autotask;
        var simulator = mdr.Mdr;
        await new SignInPage(page).SignInAsAdministratorAsync();

        // the Autotask integration, then straight to its Kaspersky MDR step
        var wizard = new NewIntegrationPage(page);
        await wizard.GotoAsync();
        await wizard.Next.ClickAsync();
        await wizard.FillAsync(AutotaskSandboxUsers.FullUserName, AutotaskSandboxUsers.FullSecret, AutotaskSandboxUsers.IntegrationCode, 3);
        await wizard.Next.ClickAsync();
        await Expect(wizard.Passed).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create and connect Kaspersky MDR" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(MdrUrl());
        var integrationPath = new Uri(page.Url).AbsolutePath[..^"/mdr".Length];

        // connect with a refresh token MDR issued; the page shows what the token says, never the token
        var connect = new MdrConnectPage(page);
        await Expect(connect.BaseUrl).ToHaveValueAsync(simulator.BaseUrl.ToString());
        var token = simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);
        await connect.ConnectAsync(MdrSeedData.FullAccessClientId, token);
        await Expect(connect.ConnectionName).ToHaveTextAsync(MdrSeedData.FullAccessName);
        await Expect(connect.Role).ToContainTextAsync("Full access + API and tenants");
        await Expect(connect.Status).ToHaveTextAsync("Connected");
        await Expect(page.Locator("body")).Not.ToContainTextAsync(token[..40]);

        // MDR's Contoso to the console's Contoso: no Autotask company yet, then the company mapping fixes that
        await connect.MapAsync(MdrSeedData.Contoso, "Contoso");
        await Expect(connect.MappingNotice).ToContainTextAsync($"MDR tenant {MdrSeedData.Contoso} is mapped to Contoso");
        await Expect(connect.TenantRow(MdrSeedData.Contoso)).ToContainTextAsync("No Autotask company mapped");
        await page.GotoAsync($"{integrationPath}/mapping");
        var mapping = new IntegrationMappingPage(page);
        await mapping.AcceptAsync("Contoso");
        await Expect(mapping.Notice).ToContainTextAsync("Contoso is mapped to Contoso Ltd");
        await connect.GotoAsync(integrationPath);
        await Expect(connect.TenantRow(MdrSeedData.Contoso).GetByTestId("mdr-company")).ToHaveTextAsync("Contoso Ltd");
        await ScreenshotAsync(page, "mdr-1-connection");

        // a first pass with the rules off: MDR's incidents are recorded, no ticket is created
        var incidents = new MdrIncidentListPage(page);
        await incidents.GotoAsync(integrationPath);
        await incidents.SyncAsync();
        await Expect(incidents.Notice).ToContainTextAsync("0 tickets created");
        Assert.Empty(autotask.Snapshot().Tickets);

        // High incidents: a Critical ticket in Security Operations, New, due in 4 hours
        var rules = new MdrRulesEditorPage(page);
        await rules.GotoAsync(integrationPath);
        await Expect(rules.Rules).ToHaveCountAsync(3);
        await rules.CreateTicketsAsync("high");
        await rules.ChooseAsync("Queue", "high", "Security Operations");
        await rules.ChooseAsync("Ticket priority", "high", "Critical");
        await rules.ChooseAsync("Ticket status", "high", "New");
        await rules.ChooseAsync("Issue type", "high", "Security");
        await rules.ChooseAsync("Sub-issue type", "high", "Ransomware behaviour");
        await rules.DueHoursAsync("high", 4);
        await rules.Save.ClickAsync();
        await Expect(rules.Notice).ToContainTextAsync("The rules are saved");
        await ScreenshotAsync(page, "mdr-2-rules");

        // the open High incident of Contoso skipped while the rule was off gets its ticket now
        await incidents.GotoAsync(integrationPath);
        await incidents.SyncAsync();
        await Expect(incidents.Notice).ToContainTextAsync("1 tickets created");
        var earlier = Assert.Single(autotask.Snapshot().Tickets);

        // MDR raises a High incident in Contoso → Sync now → one ticket for Contoso Ltd
        var incident = simulator.RaiseIncident(MdrSeedData.Contoso, MdrSimulatedPriority.High, "Ransomware behaviour on contoso-fs-01", affectedHosts: ["contoso-fs-01"]);
        await incidents.GotoAsync(integrationPath);
        await incidents.SyncAsync();
        await Expect(incidents.Notice).ToContainTextAsync("1 tickets created");
        await Expect(incidents.State(incident.IncidentId)).ToHaveTextAsync("Ticketed");
        var ticket = Assert.Single(autotask.Snapshot().Tickets, t => t.Id != earlier.Id);
        Assert.Contains("contoso-fs-01", ticket.Title, StringComparison.Ordinal);
        Assert.Equal(AutotaskSeedData.ContosoLtdId, ticket.CompanyId);
        Assert.Equal(29682969, ticket.QueueId);
        Assert.Equal(4, ticket.Priority);
        Assert.Equal(1, ticket.Status);
        Assert.NotNull(ticket.DueDateTime);
        Assert.InRange(ticket.DueDateTime.Value, incident.CreationTime.AddHours(4).AddMinutes(-1), incident.CreationTime.AddHours(4).AddMinutes(1));
        await Expect(incidents.Ticket(incident.IncidentId)).ToHaveTextAsync(ticket.TicketNumber);

        // an analyst's comment → a note on the ticket
        simulator.AddComment(incident.IncidentId, "The host is isolated; no encryption seen.");
        await incidents.SyncAsync();
        await Expect(incidents.Notice).ToContainTextAsync("1 notes added");
        await Expect(incidents.Notes(incident.IncidentId)).ToHaveTextAsync("1 note sent");
        var note = Assert.Single(autotask.Snapshot().Notes, n => n.TicketId == ticket.Id);
        Assert.Contains("The host is isolated; no encryption seen.", note.Description, StringComparison.Ordinal);

        // closed in MDR → the ticket is completed
        simulator.SetStatus(incident.IncidentId, MdrSimulatedStatus.Closed, "Contained by the MDR team.");
        await incidents.SyncAsync();
        await Expect(incidents.Notice).ToContainTextAsync("1 tickets completed");
        await Expect(incidents.State(incident.IncidentId)).ToHaveTextAsync("Completed");
        var completed = Assert.Single(autotask.Snapshot().Tickets, t => t.Id == ticket.Id);
        Assert.Equal(AutotaskCatalog.StatusComplete, completed.Status);
        await ScreenshotAsync(page, "mdr-3-incidents");

        // another pass sends nothing again
        var notes = autotask.Snapshot().Notes.Count;
        await incidents.SyncAsync();
        await Expect(incidents.Notice).ToContainTextAsync("0 tickets created, 0 notes added, 0 tickets completed");
        Assert.Equal(2, autotask.Snapshot().Tickets.Count);
        Assert.Equal(notes, autotask.Snapshot().Notes.Count);
    });

    /// <summary>The whole page in one viewport as tall as the page, so the fixed app bar is drawn once, at the top.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.SetViewportSizeAsync(1280, Math.Max(800, height));
        await Screenshots.TakeAsync(page, name);
        await page.SetViewportSizeAsync(1280, 800);
    }

    [GeneratedRegex("/integrations/[0-9a-f-]{36}/mdr$")]
    private static partial Regex MdrUrl();
}

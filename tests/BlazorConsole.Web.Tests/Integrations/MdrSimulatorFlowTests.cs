using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Sandbox.Mdr;
using BlazorConsole.Web.Sandbox;
using BlazorConsole.Web.Tests.Access;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Integrations;

/// <summary>
/// The whole MDR integration of the console (services, SQLite store, token journal, real clients over HTTPS) against the
/// MDR and Autotask simulators the Development sandbox starts: incident → ticket → note → completed, without duplicates.
/// </summary>
public sealed class MdrSimulatorFlowTests : IDisposable
{
    private readonly AccessHost _host = new(settings =>
    {
        settings["Sandbox:Enabled"] = "true";
        settings["MdrSync:PollSeconds"] = "86400";
        settings["Mdr:MaxRetries"] = "1";
        settings["Mdr:RetryDelay"] = "00:00:00.050";
    });

    public void Dispose() => _host.Dispose();

    private MdrSimulator Mdr => _host.Services.GetRequiredService<SandboxSimulators>().Mdr!;

    private AutotaskSimulator Autotask => _host.Services.GetRequiredService<SandboxSimulators>().Autotask!;

    private IMdrConnectionService Connections => _host.Services.GetRequiredService<IMdrConnectionService>();

    private IMdrIncidentService Incidents => _host.Services.GetRequiredService<IMdrIncidentService>();

    [Fact]
    public async Task HighIncident_BecomesOneTicketOfTheMappedCompany_UpdatesBecomeNotes_ClosedCompletesIt()
    {
        var (connectionId, _) = await ConnectMappedAsync();
        var choices = (await Connections.GetTicketChoicesAsync(connectionId, CancellationToken.None)).Value!;
        var queue = choices.Queues.First(q => q.IsActive).NumericValue!.Value;
        var priority = (int)choices.Priorities.First(p => p.IsActive).NumericValue!.Value;
        var status = (int)choices.Statuses.First(s => s.IsActive && s.NumericValue != MdrTicketingSettings.DefaultCompletedStatus).NumericValue!.Value;
        var settings = MdrTicketingSettings.Default with
        {
            Rules = [.. MdrTicketingSettings.Default.Rules.Select(rule => rule.Priority == MdrPriority.High
                ? rule with { CreateTicket = true, QueueId = queue, TicketPriority = priority, TicketStatus = status, DueHours = 4 }
                : rule)],
        };
        var saved = await Connections.SaveTicketingAsync(connectionId, settings, "admin", CancellationToken.None);
        Assert.True(saved.IsSuccess, saved.Error?.Message);

        var incident = Mdr.RaiseIncident(MdrSeedData.Contoso, MdrSimulatedPriority.High, "Ransomware activity on CONTOSO-DC01", affectedHosts: ["CONTOSO-DC01"]);
        await SyncAsync(connectionId);
        await SyncAsync(connectionId); // a duplicate poll changes nothing

        var record = await FindAsync(connectionId, incident.IncidentId);
        Assert.Equal(MdrIncidentSyncState.Ticketed, record.State);
        var tickets = Autotask.Snapshot().Tickets.Where(t => t.Id == record.TicketId).ToList();
        var ticket = Assert.Single(tickets);
        Assert.Equal(AutotaskSeedData.ContosoLtdId, ticket.CompanyId);
        Assert.Equal((queue, priority, status), (ticket.QueueId!.Value, ticket.Priority, ticket.Status));
        Assert.Contains("Ransomware activity on CONTOSO-DC01", ticket.Title, StringComparison.Ordinal);
        Assert.Equal(incident.CreationTime.AddHours(4).ToUnixTimeSeconds(), ticket.DueDateTime!.Value.ToUnixTimeSeconds(), tolerance: 1);
        Assert.Single(Autotask.Snapshot().Tickets, t => t.Title.Contains("CONTOSO-DC01", StringComparison.Ordinal));

        // an analyst's comment becomes one note; the connection's own comment is never echoed
        Mdr.AddComment(incident.IncidentId, "Host isolated, please confirm the backup is intact.");
        Mdr.AddComment(incident.IncidentId, "Echo from the console itself", MdrSeedData.FullAccessName);
        await SyncAsync(connectionId);
        await SyncAsync(connectionId);
        var notes = Autotask.Snapshot().Notes.Where(n => n.TicketId == ticket.Id).ToList();
        Assert.Single(notes, n => n.Description.Contains("backup is intact", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, n => n.Description.Contains("Echo from the console", StringComparison.Ordinal));

        // closing the incident completes the ticket
        Mdr.SetStatus(incident.IncidentId, MdrSimulatedStatus.Closed, "Malware removed");
        await SyncAsync(connectionId);
        Assert.Equal(MdrTicketingSettings.DefaultCompletedStatus, Autotask.Snapshot().Tickets.Single(t => t.Id == ticket.Id).Status);
        Assert.Equal(MdrIncidentSyncState.Completed, (await FindAsync(connectionId, incident.IncidentId)).State);
    }

    [Fact]
    public async Task Connect_ReadsTheProfile_RotatesTheToken_AndARevokedTokenShowsOnTheConnection()
    {
        var (connectionId, view) = await ConnectMappedAsync();
        Assert.Equal(MdrSeedData.FullAccessName, view.ConnectionName);
        Assert.Equal(MdrRole.Administrator, view.Role);
        Assert.Null(view.TenantScope);
        Assert.Equal(MdrConnectionStatus.Connected, view.Status);

        var test = await Connections.TestAsync(connectionId, CancellationToken.None);
        Assert.True(test.IsSuccess, test.Error?.Message);
        Assert.Equal(Mdr.Snapshot().Incidents.Count, test.Value.IncidentCount);

        // MDR revokes the connection's tokens: the next call is refused, the stored refresh token too, and the page says so
        Mdr.RevokeTokens(MdrSeedData.FullAccessClientId);
        var refused = await Connections.TestAsync(connectionId, CancellationToken.None);
        Assert.False(refused.IsSuccess);
        var after = (await Connections.GetAsync(connectionId, CancellationToken.None))!;
        Assert.Equal(MdrConnectionStatus.RefreshTokenRejected, after.Status);
        Assert.Contains("paste", after.StatusMessage, StringComparison.OrdinalIgnoreCase);

        // a new token pasted by the administrator brings it back; the mapping stays
        var replaced = await Connections.ReplaceTokenAsync(connectionId, new MdrConnectionInput(MdrSeedData.FullAccessClientId, Mdr.IssueRefreshToken(MdrSeedData.FullAccessClientId), Mdr.BaseUrl.ToString()), "admin", CancellationToken.None);
        Assert.True(replaced.IsSuccess, replaced.Error?.Message);
        Assert.Equal(MdrConnectionStatus.Connected, replaced.Value.Status);
        Assert.True((await Connections.TestAsync(connectionId, CancellationToken.None)).IsSuccess);
        var tenants = (await Connections.ListTenantsAsync(connectionId, CancellationToken.None)).Value!;
        Assert.NotNull(tenants.Single(t => t.MdrTenantName == MdrSeedData.Contoso).TenantId);
    }

    [Fact]
    public async Task Connect_SpentToken_SavesNothing()
    {
        var integrationId = await CreateIntegrationAsync();
        var token = Mdr.IssueRefreshToken(MdrSeedData.FullAccessClientId);
        var input = new MdrConnectionInput(MdrSeedData.FullAccessClientId, token, Mdr.BaseUrl.ToString());
        Assert.True((await Connections.ConnectAsync(integrationId, input, "admin", CancellationToken.None)).IsSuccess);
        var second = await _host.Services.GetRequiredService<IMdrConnectionService>().DeleteAsync(
            (await Connections.GetByIntegrationAsync(integrationId, CancellationToken.None))!.Id, "admin", CancellationToken.None);
        Assert.True(second.IsSuccess);

        var again = await Connections.ConnectAsync(integrationId, input, "admin", CancellationToken.None);

        Assert.Equal(MdrErrors.RefreshTokenRejectedCode, again.Error?.Code);
        Assert.Null(await Connections.GetByIntegrationAsync(integrationId, CancellationToken.None));
    }

    private async Task<(Guid ConnectionId, MdrConnectionView View)> ConnectMappedAsync()
    {
        var integrationId = await CreateIntegrationAsync();
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = "Contoso", Type = TenantType.Simple, Status = TenantStatus.Active, Created = DateTime.UtcNow, Updated = DateTime.UtcNow };
        Assert.True((await _host.Services.GetRequiredService<ITenantStore>().AddAsync(tenant, CancellationToken.None)).IsSuccess);
        var mapped = await _host.Services.GetRequiredService<CompanyMappingService>().MapAsync(integrationId, tenant.Id, AutotaskSeedData.ContosoLtdId, null, "admin", CancellationToken.None);
        Assert.True(mapped.IsSuccess, mapped.Error?.Message);

        var input = new MdrConnectionInput(MdrSeedData.FullAccessClientId, Mdr.IssueRefreshToken(MdrSeedData.FullAccessClientId), Mdr.BaseUrl.ToString());
        var connected = await Connections.ConnectAsync(integrationId, input, "admin", CancellationToken.None);
        Assert.True(connected.IsSuccess, connected.Error?.Message);
        var map = await Connections.MapTenantAsync(connected.Value.Id, MdrSeedData.Contoso, tenant.Id, "admin", CancellationToken.None);
        Assert.True(map.IsSuccess, map.Error?.Message);
        return (connected.Value.Id, connected.Value);
    }

    private async Task<Guid> CreateIntegrationAsync()
    {
        var input = new AutotaskIntegrationInput
        {
            Name = AutotaskIntegration.DefaultName,
            UserName = AutotaskSandboxUsers.FullUserName,
            Secret = AutotaskSandboxUsers.FullSecret,
            IntegrationCode = AutotaskSandboxUsers.IntegrationCode,
            ManagedAccountsLimit = 5,
        };
        var created = await _host.Services.GetRequiredService<AutotaskIntegrationService>().CreateAsync(input, "admin", saveDraft: false, CancellationToken.None);
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value.Saved!.Id;
    }

    private async Task SyncAsync(Guid connectionId)
    {
        var outcome = await Incidents.SyncNowAsync(connectionId, CancellationToken.None);
        Assert.True(outcome.IsSuccess, outcome.Error?.Message);
        Assert.Equal(0, outcome.Value.Failures);
    }

    private async Task<MdrSyncedIncidentView> FindAsync(Guid connectionId, string incidentId)
    {
        var page = await Incidents.ListAsync(connectionId, new MdrIncidentFilter(Search: incidentId), CancellationToken.None);
        return Assert.Single(page.Items, i => i.IncidentId == incidentId);
    }
}

using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.Tests.Ksc;
using BlazorConsole.Core.Tests.Tenants;
using BlazorConsole.Testing.Access;
using BlazorConsole.Testing.Integrations;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Core.Tests.Integrations.Mdr;

/// <summary>
/// The MDR services over fakes at 2026-11-23 10:00 UTC: MDR, Autotask (tickets), the stores and the journal. A
/// "restart" makes new keeper and engine instances over the same stores, journal, MDR and Autotask.
/// </summary>
internal sealed class MdrHarness
{
    public const string MdrTenant = "Contoso MDR";
    public const long CompanyId = 175;

    public MdrHarness()
    {
        Mdr = new FakeMdrClient(Time);
        Integrations = new AutotaskIntegrationService(IntegrationStores, IntegrationStores, Autotask, Secrets, new AutotaskIntegrationInputValidator(), new AutotaskUsageSettingsValidator(), Time);
        Restart();
    }

    /// <summary>The principal the connection and incident services run for: the system until a test acts as someone else.</summary>
    public TestAccessScope Access { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public FakeMdrClient Mdr { get; }

    public FakeMdrStores Stores { get; } = new();

    public FakeMdrTokenJournal Journal { get; } = new();

    public FakeSecretProtector Secrets { get; } = new();

    public FakeTicketingAutotask Autotask { get; } = new();

    public InMemoryIntegrationStores IntegrationStores { get; } = new();

    public FakeTenantStore Tenants { get; } = new();

    public AutotaskIntegrationService Integrations { get; }

    public MdrTokenKeeper Keeper { get; private set; } = null!;

    public MdrSyncEngine Engine { get; private set; } = null!;

    public MdrConnectionService Connections { get; private set; } = null!;

    public MdrIncidentService Incidents { get; private set; } = null!;

    public Guid IntegrationId { get; private set; }

    public Guid ConnectionId { get; private set; }

    /// <summary>New keeper, engine and services over the same state (a console restart).</summary>
    public void Restart()
    {
        Keeper = new MdrTokenKeeper(Stores, Mdr, Journal, Secrets, Time);
        Engine = new MdrSyncEngine(Stores, Stores, Stores, Mdr, Keeper, IntegrationStores, Integrations, Autotask, Time);
        Connections = new MdrConnectionService(
            Stores, Stores, Stores, Journal, Mdr, Keeper, Secrets, Tenants, IntegrationStores, Integrations,
            new MdrConnectionInputValidator(), new MdrTicketingSettingsValidator(), Time, Access);
        Incidents = new MdrIncidentService(Stores, Stores, Engine, Time, Access);
    }

    /// <summary>A validated integration and an MDR connection made with a freshly issued refresh token.</summary>
    public async Task<Guid> ConnectAsync(MdrTicketingSettings? ticketing = null)
    {
        var created = await Integrations.CreateAsync(AutotaskHarness.Input(), "alice", saveDraft: false, CancellationToken.None);
        IntegrationId = created.Value!.Saved!.Id;
        var connected = await Connections.ConnectAsync(IntegrationId, new MdrConnectionInput(FakeMdrClient.ClientId, Mdr.IssueRefreshToken(), "https://mdr.example/api/v1"), "alice", CancellationToken.None);
        ConnectionId = connected.Value!.Id;
        if (ticketing is not null)
        {
            var saved = await Connections.SaveTicketingAsync(ConnectionId, ticketing, "alice", CancellationToken.None);
            Assert.True(saved.IsSuccess, saved.Error?.Message);
        }

        return ConnectionId;
    }

    /// <summary>Maps <see cref="MdrTenant"/> to a console tenant, and that tenant to <see cref="CompanyId"/> unless told not to.</summary>
    public async Task<Tenant> MapAsync(bool withCompany = true)
    {
        var tenant = Tenants.Seed("Contoso", TenantType.Simple);
        if (withCompany)
        {
            MapCompany(tenant);
        }

        var mapped = await Connections.MapTenantAsync(ConnectionId, MdrTenant, tenant.Id, "alice", CancellationToken.None);
        Assert.True(mapped.IsSuccess, mapped.Error?.Message);
        return tenant;
    }

    public void MapCompany(Tenant tenant) => IntegrationStores.Mappings.Add(new CompanyMapping
    {
        Id = Guid.NewGuid(),
        IntegrationId = IntegrationId,
        TenantId = tenant.Id,
        CompanyId = CompanyId,
        CompanyName = "Contoso Ltd",
        MappedBy = "alice",
        Mapped = Time.GetUtcNow().UtcDateTime,
    });

    public async Task<MdrSyncOutcome> SyncAsync()
    {
        var outcome = await Engine.RunAsync(ConnectionId, CancellationToken.None);
        Assert.True(outcome.IsSuccess, outcome.Error?.Message);
        return outcome.Value;
    }

    public MdrSyncedIncident Record(string incidentId) => Stores.Incidents.Single(i => i.IncidentId == incidentId);

    public MdrConnection Connection => Stores.Connections[ConnectionId];

    /// <summary>Rules creating tickets for every severity, with no delay.</summary>
    public static MdrTicketingSettings TicketEverything(int delayMinutes = 0, bool onlyOpen = true, bool completeOnResolve = false) => new(
        [.. Enum.GetValues<MdrPriority>().Select(p => new MdrTicketRule(p, true, 29683, 2, 1, 4, null, 24, delayMinutes, onlyOpen))],
        NotesForUpdates: true,
        CompleteOnClose: true,
        CompleteOnResolve: completeOnResolve,
        CompletedStatus: 5);
}

using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.Tests.Ksc;
using BlazorConsole.Core.Tests.Tenants;
using BlazorConsole.Testing.Access;
using BlazorConsole.Testing.Integrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Core.Tests.Integrations;

/// <summary>The integration, mapping and usage services over fakes, at 2026-11-23 10:00 UTC.</summary>
internal sealed class AutotaskHarness
{
    public const long LightAgentService = 701;

    public AutotaskHarness()
    {
        Integrations = new AutotaskIntegrationService(Stores, Stores, Connector, Secrets, new AutotaskIntegrationInputValidator(), new AutotaskUsageSettingsValidator(), Time, Access);
        Mapping = new CompanyMappingService(Integrations, Stores, Tenants, Time, Access);
        Usage = new AutotaskUsageService(Integrations, Stores, UsageStore, Tenants, Time, Access);
        Schedule = new AutotaskUsageSchedule(Integrations, Usage, Time, NullLogger<AutotaskUsageSchedule>.Instance);
    }

    /// <summary>The principal the services run for: the system until a test acts as someone else.</summary>
    public TestAccessScope Access { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public InMemoryIntegrationStores Stores { get; } = new();

    public FakeAutotaskConnector Connector { get; } = new();

    public FakeAutotaskClient Autotask => Connector.Client;

    public FakeAutotaskUsageStore UsageStore { get; } = new();

    public FakeTenantStore Tenants { get; } = new();

    public FakeSecretProtector Secrets { get; } = new();

    public AutotaskIntegrationService Integrations { get; }

    public CompanyMappingService Mapping { get; }

    public AutotaskUsageService Usage { get; }

    public AutotaskUsageSchedule Schedule { get; }

    public static AutotaskIntegrationInput Input(string user = FakeAutotaskConnector.FullUser, int limit = 3) => new()
    {
        Name = AutotaskIntegration.DefaultName,
        UserName = user,
        Secret = FakeAutotaskConnector.Secret,
        IntegrationCode = FakeAutotaskConnector.Code,
        ManagedAccountsLimit = limit,
    };

    /// <summary>A validated integration billing <see cref="LightAgentService"/>.</summary>
    public async Task<Guid> CreateValidatedAsync(int limit = 3)
    {
        var created = await Integrations.CreateAsync(Input(limit: limit), "alice", saveDraft: false, CancellationToken.None);
        var id = created.Value!.Saved!.Id;
        Stores.Integrations[id].BillingServiceId = LightAgentService;
        return id;
    }

    public Tenant Tenant(string name) => Tenants.Seed(name, TenantType.Simple);
}

using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Integrations;
using BlazorConsole.Web.Tests.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Tests.Integrations;

/// <summary>The worker's pass over every connection: one that throws does not keep the others from syncing.</summary>
public sealed class MdrSyncWorkerTests
{
    [Fact]
    public async Task RunOnce_OneConnectionThrows_TheOthersStillSync_AndPausedOrRefusedAreLeftAlone()
    {
        using var factory = new ConsoleFactory();
        using var _ = factory.CreateClient();
        var services = factory.Services;
        var store = services.GetRequiredService<IMdrConnectionStore>();
        var secrets = services.GetRequiredService<ISecretProtector>();
        var broken = await AddConnectionAsync(services, ThrowingMdrClient.BrokenClientId, 1);
        var healthy = await AddConnectionAsync(services, "healthy", 2);
        var paused = await AddConnectionAsync(services, "paused", 3);
        paused.SyncEnabled = false;
        await store.UpdateSettingsAsync(paused, CancellationToken.None);
        var refused = await AddConnectionAsync(services, "refused", 4);
        await store.SetStatusAsync(refused.Id, MdrConnectionStatus.RefreshTokenRejected, "paste a new token", CancellationToken.None);

        var client = new ThrowingMdrClient();
        var journal = new FileMdrTokenJournal(Path.Combine(factory.DataFolder, "mdr-tokens"), services.GetRequiredService<IDataProtectionProvider>(), NullLogger<FileMdrTokenJournal>.Instance);
        var keeper = new MdrTokenKeeper(store, client, journal, secrets, TimeProvider.System);
        var engine = new MdrSyncEngine(
            store, services.GetRequiredService<IMdrTenantMappingStore>(), services.GetRequiredService<IMdrIncidentStore>(), client, keeper,
            services.GetRequiredService<ICompanyMappingStore>(), services.GetRequiredService<AutotaskIntegrationService>(), services.GetRequiredService<IAutotaskConnector>(), TimeProvider.System);
        var worker = new MdrSyncWorker(services, services.GetRequiredService<IHostApplicationLifetime>(), Options.Create(new MdrSyncOptions()), TimeProvider.System, NullLogger<MdrSyncWorker>.Instance);

        await worker.RunOnceAsync(store, engine, CancellationToken.None);

        Assert.Null((await store.GetAsync(broken.Id, CancellationToken.None))!.LastSyncAt);
        Assert.NotNull((await store.GetAsync(healthy.Id, CancellationToken.None))!.LastSyncAt);
        Assert.Null((await store.GetAsync(paused.Id, CancellationToken.None))!.LastSyncAt);
        Assert.Null((await store.GetAsync(refused.Id, CancellationToken.None))!.LastSyncAt);
        Assert.Equal(["broken", "healthy"], client.Listed.Order(StringComparer.Ordinal));
    }

    private static async Task<MdrConnection> AddConnectionAsync(IServiceProvider services, string clientId, int order)
    {
        var integration = new AutotaskIntegration { Id = Guid.NewGuid(), Name = clientId, UserName = $"{clientId}@example.com", UpdatedBy = "alice", Created = DateTime.UtcNow, Updated = DateTime.UtcNow };
        await services.GetRequiredService<IAutotaskIntegrationStore>().AddAsync(integration, CancellationToken.None);
        var secrets = services.GetRequiredService<ISecretProtector>();
        var connection = new MdrConnection
        {
            Id = Guid.NewGuid(),
            IntegrationId = integration.Id,
            BaseUrl = new Uri("https://mdr.example/api/v1"),
            ClientId = clientId,
            ConnectionName = "Console API",
            ProtectedRefreshToken = secrets.Protect("eyJ.refresh.sig"),
            ProtectedAccessToken = secrets.Protect("eyJ.access.sig"),
            AccessTokenExpires = DateTimeOffset.UtcNow.AddHours(1),
            TokenVersion = 1,
            UpdatedBy = "alice",

            // the worker takes connections oldest first: the broken one is added first, so the others come after it
            Created = DateTime.UtcNow.AddMinutes(order),
        };
        Assert.True((await services.GetRequiredService<IMdrConnectionStore>().AddAsync(connection, CancellationToken.None)).IsSuccess);
        return connection;
    }

    /// <summary>MDR with no incidents, except that every call of <see cref="BrokenClientId"/> throws (a bug or a dead socket).</summary>
    private sealed class ThrowingMdrClient : IMdrClient
    {
        public const string BrokenClientId = "broken";

        public List<string> Listed { get; } = [];

        public Task<Result<MdrTokenGrant>> ExchangeAsync(MdrEndpoint endpoint, string refreshToken, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("no exchange expected");

        public Task<Result<IReadOnlyList<MdrIncident>>> ListIncidentsAsync(MdrEndpoint endpoint, string accessToken, MdrIncidentQuery query, CancellationToken cancellationToken)
        {
            Listed.Add(endpoint.ClientId);
            return endpoint.ClientId == BrokenClientId
                ? throw new HttpRequestException("connection reset")
                : Task.FromResult(Result<IReadOnlyList<MdrIncident>>.Success([]));
        }

        public Task<Result<int>> CountIncidentsAsync(MdrEndpoint endpoint, string accessToken, MdrIncidentQuery query, CancellationToken cancellationToken) =>
            Task.FromResult(Result<int>.Success(0));

        public Task<Result<MdrIncident>> GetIncidentAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken) =>
            Task.FromResult<Result<MdrIncident>>(MdrErrors.NotFound("The incident"));

        public Task<Result<IReadOnlyList<MdrComment>>> ListCommentsAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken) =>
            Task.FromResult(Result<IReadOnlyList<MdrComment>>.Success([]));

        public Task<Result<IReadOnlyList<MdrResponse>>> ListResponsesAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken) =>
            Task.FromResult(Result<IReadOnlyList<MdrResponse>>.Success([]));

        public Task<Result<IReadOnlyList<MdrAsset>>> ListAssetsAsync(MdrEndpoint endpoint, string accessToken, IReadOnlyList<string>? tenantNames, CancellationToken cancellationToken) =>
            Task.FromResult(Result<IReadOnlyList<MdrAsset>>.Success([]));
    }
}

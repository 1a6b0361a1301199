using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Audit;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Integrations;

/// <summary>The console's MDR stores record administrators' changes in the audit log, never a token, and not the console's own rotations.</summary>
public sealed class MdrAuditTests
{
    [Fact]
    public async Task ConnectionAndMappingChanges_AreRecordedWithoutTokens()
    {
        using var factory = new ConsoleFactory();
        using var _ = factory.CreateClient();
        var services = factory.Services;
        var connections = services.GetRequiredService<IMdrConnectionStore>();
        var mappings = services.GetRequiredService<IMdrTenantMappingStore>();
        var integration = new AutotaskIntegration { Id = Guid.NewGuid(), Name = "PSA", UserName = "api@example.com", UpdatedBy = "alice", Created = DateTime.UtcNow, Updated = DateTime.UtcNow };
        await services.GetRequiredService<IAutotaskIntegrationStore>().AddAsync(integration, CancellationToken.None);
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = "Contoso", Created = DateTime.UtcNow, Updated = DateTime.UtcNow };
        Assert.True((await services.GetRequiredService<ITenantStore>().AddAsync(tenant, CancellationToken.None)).IsSuccess);
        var connection = new MdrConnection
        {
            Id = Guid.NewGuid(),
            IntegrationId = integration.Id,
            BaseUrl = new Uri("https://mdr.example/api/v1"),
            ClientId = "client-1",
            ConnectionName = "Console API",
            ProtectedRefreshToken = "protected-refresh-1",
            ProtectedAccessToken = "protected-access-1",
            TokenVersion = 1,
            UpdatedBy = "alice",
        };
        var profile = new MdrConnectionProfile("Console API", MdrRole.Administrator, null);

        Assert.True((await connections.AddAsync(connection, CancellationToken.None)).IsSuccess);
        connection.SyncEnabled = false;
        Assert.True(await connections.UpdateSettingsAsync(connection, CancellationToken.None));
        Assert.True(await connections.SaveTokensAsync(connection.Id, 1, new MdrStoredTokens("protected-access-2", "protected-refresh-2", null, null, profile), DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.True(await connections.SaveTokensAsync(connection.Id, 2, new MdrStoredTokens("protected-access-3", "protected-refresh-3", null, null, profile, "client-2", ReplacedBy: "bob"), DateTimeOffset.UtcNow, CancellationToken.None));
        var mapping = new MdrTenantMapping { Id = Guid.NewGuid(), ConnectionId = connection.Id, MdrTenantName = "Contoso MDR", TenantId = tenant.Id, MappedBy = "alice", Mapped = DateTime.UtcNow };
        Assert.True((await mappings.AddAsync(mapping, CancellationToken.None)).IsSuccess);
        Assert.True(await mappings.DeleteAsync(connection.Id, "Contoso MDR", CancellationToken.None));
        Assert.True(await connections.DeleteAsync(connection.Id, CancellationToken.None));

        var entries = (await services.GetRequiredService<AuditService>().ListAsync(new AuditQuery(), CancellationToken.None)).Items
            .Where(e => e.Action.StartsWith("mdr.", StringComparison.Ordinal))
            .Reverse()
            .ToList();
        Assert.Equal(
            [
                AuditedMdrConnectionStore.AddedAction,
                AuditedMdrConnectionStore.ChangedAction,
                AuditedMdrConnectionStore.TokenReplacedAction,
                AuditedMdrTenantMappingStore.MappedAction,
                AuditedMdrTenantMappingStore.UnmappedAction,
                AuditedMdrConnectionStore.DeletedAction,
            ],
            entries.Select(e => e.Action));
        Assert.Contains("\"syncEnabled\":true", entries[1].Summary, StringComparison.Ordinal);
        Assert.Contains("\"syncEnabled\":false", entries[1].Summary, StringComparison.Ordinal);
        Assert.Contains("\"clientId\":\"client-2\"", entries[2].Summary, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.DoesNotContain("protected-", e.Summary ?? "", StringComparison.Ordinal));
    }
}

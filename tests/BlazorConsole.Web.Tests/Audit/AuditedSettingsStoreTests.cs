using BlazorConsole.Core.Access;
using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Web.Audit;
using BlazorConsole.Web.Tests.Components.Access.Audit;

namespace BlazorConsole.Web.Tests.Audit;

/// <summary>KSC and Autotask settings changes are recorded with before/after and without their secrets.</summary>
public sealed class AuditedSettingsStoreTests
{
    private readonly FakeAuditLog _log = new();
    private readonly AuditService _audit;

    public AuditedSettingsStoreTests() =>
        _audit = new AuditService(_log, new FixedContext(new Actor(ActorKind.Account, "alice", AuditChannels.Ui)), TimeProvider.System);

    [Fact]
    public async Task KscSaveThenDelete_RecordsBeforeAndAfterWithoutThePassword()
    {
        var store = new AuditedKscConnectionStore(new MemoryKscStore(), _audit);

        await store.SaveAsync(Ksc("ksc-old.example"), CancellationToken.None);
        await store.SaveAsync(Ksc("ksc-new.example"), CancellationToken.None);
        await store.DeleteAsync(CancellationToken.None);

        var entries = (await _audit.ListAsync(new AuditQuery(), CancellationToken.None)).Items;
        Assert.Equal([AuditedKscConnectionStore.DeletedAction, AuditedKscConnectionStore.SavedAction, AuditedKscConnectionStore.SavedAction], entries.Select(e => e.Action));
        Assert.Contains("\"before\":{\"address\":\"ksc-old.example\"", entries[1].Summary, StringComparison.Ordinal);
        Assert.Contains("\"after\":{\"address\":\"ksc-new.example\"", entries[1].Summary, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.DoesNotContain("protected-secret", e.Summary ?? "", StringComparison.Ordinal));
        Assert.Equal("alice", entries[0].ActorName);
    }

    [Fact]
    public async Task AutotaskAddChangeDelete_RecordsEachWithoutSecrets()
    {
        var inner = new MemoryAutotaskStore();
        var store = new AuditedAutotaskIntegrationStore(inner, _audit);
        var integration = new AutotaskIntegration { Id = Guid.NewGuid(), Name = "PSA", UserName = "api@example", ProtectedSecret = "protected-secret", ProtectedIntegrationCode = "protected-code", UpdatedBy = "alice" };

        await store.AddAsync(integration, CancellationToken.None);
        var changed = new AutotaskIntegration { Id = integration.Id, Name = "PSA 2", UserName = "api@example", ProtectedSecret = "protected-secret", UpdatedBy = "alice" };
        Assert.True(await store.UpdateAsync(changed, CancellationToken.None));
        Assert.True(await store.DeleteAsync(integration.Id, CancellationToken.None));

        var entries = (await _audit.ListAsync(new AuditQuery(), CancellationToken.None)).Items;
        Assert.Equal([AuditedAutotaskIntegrationStore.DeletedAction, AuditedAutotaskIntegrationStore.UpdatedAction, AuditedAutotaskIntegrationStore.AddedAction], entries.Select(e => e.Action));
        Assert.Contains("\"before\":{\"name\":\"PSA\"", entries[1].Summary, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.DoesNotContain("protected-", e.Summary ?? "", StringComparison.Ordinal));
        Assert.True((await _audit.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    private static KscConnection Ksc(string address) =>
        new() { Address = address, UserName = "ksc-admin", ProtectedPassword = "protected-secret", UpdatedBy = "alice" };

    private sealed class FixedContext(Actor actor) : IAuditContext
    {
        public Actor Current => actor;
    }

    private sealed class MemoryKscStore : IKscConnectionStore
    {
        private KscConnection? _connection;

        public Task<KscConnection?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(_connection);

        public Task SaveAsync(KscConnection connection, CancellationToken cancellationToken)
        {
            _connection = connection;
            return Task.CompletedTask;
        }

        public Task<bool> DeleteAsync(CancellationToken cancellationToken)
        {
            var had = _connection is not null;
            _connection = null;
            return Task.FromResult(had);
        }
    }

    private sealed class MemoryAutotaskStore : IAutotaskIntegrationStore
    {
        private readonly Dictionary<Guid, AutotaskIntegration> _rows = [];

        public Task<AutotaskIntegration?> GetAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(_rows.GetValueOrDefault(id));

        public Task<IReadOnlyList<(AutotaskIntegration Integration, int MappedCount)>> ListAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<(AutotaskIntegration, int)>>([.. _rows.Values.Select(i => (i, 0))]);

        public Task AddAsync(AutotaskIntegration integration, CancellationToken cancellationToken)
        {
            _rows.Add(integration.Id, integration);
            return Task.CompletedTask;
        }

        public Task<bool> UpdateAsync(AutotaskIntegration integration, CancellationToken cancellationToken)
        {
            var known = _rows.ContainsKey(integration.Id);
            _rows[integration.Id] = integration;
            return Task.FromResult(known);
        }

        public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(_rows.Remove(id));
    }
}

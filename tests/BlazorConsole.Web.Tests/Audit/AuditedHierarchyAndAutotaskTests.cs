using BlazorConsole.Core.Access;
using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Web.Audit;
using BlazorConsole.Web.Tests.Common;
using BlazorConsole.Web.Tests.Components.Access.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Audit;

/// <summary>Server hierarchy changes, Autotask company mappings and usage pushes each leave an entry with actor, target and before/after.</summary>
public sealed class AuditedHierarchyAndAutotaskTests
{
    private readonly FakeAuditLog _log = new();
    private readonly AuditService _audit;

    public AuditedHierarchyAndAutotaskTests() =>
        _audit = new AuditService(_log, new FixedContext(new Actor(ActorKind.Account, "alice", AuditChannels.Ui, "10.0.0.7")), TimeProvider.System);

    [Fact]
    public async Task Hierarchy_AddRemoveAndPrimaryChange_EachRecordedWithoutPasswords()
    {
        var session = new MemoryHierarchySession();
        var connector = new AuditedHierarchyConnector(new MemoryHierarchyConnector(session), _audit);
        var opened = await connector.OpenAsync(new KscEndpoint("ksc-primary.example", 13299, "ksc-admin", "ksc-password", null), null, CancellationToken.None);
        await using var audited = opened.Value!;

        var id = (await audited.RegisterSecondaryAsync(new SecondaryRegistration("Branch office", 3, [1, 2, 3], null), CancellationToken.None)).Value;
        Assert.True((await audited.RemoveSecondaryAsync(id, CancellationToken.None)).IsSuccess);
        Assert.False((await audited.RemoveSecondaryAsync(999, CancellationToken.None)).IsSuccess);
        Assert.True((await audited.WritePrimaryConnectionAsync("branch-host", new PrimaryConnection("ksc-primary.example", 13000, [4, 5], false, new HierarchyProxy("proxy:3128", "proxy-user", "proxy-password")), CancellationToken.None)).IsSuccess);

        var entries = (await _audit.ListAsync(new AuditQuery(), CancellationToken.None)).Items;
        Assert.Equal([AuditedHierarchySession.PrimaryChangedAction, AuditedHierarchySession.SecondaryRemovedAction, AuditedHierarchySession.SecondaryAddedAction], entries.Select(e => e.Action));
        var (changed, removed, added) = (entries[0], entries[1], entries[2]);
        Assert.Equal(("SecondaryServer", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Branch office"), (added.TargetType, added.TargetId, added.TargetName));
        Assert.Contains("\"after\":{\"displayName\":\"Branch office\",\"groupId\":3", added.Summary, StringComparison.Ordinal);
        Assert.Contains("\"before\":{\"displayName\":\"Branch office\"", removed.Summary, StringComparison.Ordinal);
        Assert.Equal(("KscServer", "branch-host"), (changed.TargetType, changed.TargetId));
        Assert.Contains("\"proxy\":\"proxy-user@proxy:3128\"", changed.Summary, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.Equal(("alice", ActorKind.Account), (e.ActorName, e.ActorKind)));
        Assert.All(entries, e => Assert.DoesNotContain("password", e.Summary ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CompanyMapping_MapThenUnmap_RecordsAfterThenBefore()
    {
        var store = new AuditedCompanyMappingStore(new MemoryMappingStore(), _audit);
        var mapping = new CompanyMapping { Id = Guid.NewGuid(), IntegrationId = Guid.NewGuid(), TenantId = Guid.NewGuid(), CompanyId = 4711, CompanyName = "Acme Ltd", MappedBy = "alice" };

        Assert.True((await store.AddAsync(mapping, 10, CancellationToken.None)).IsSuccess);
        Assert.False((await store.AddAsync(mapping, 10, CancellationToken.None)).IsSuccess);
        Assert.True(await store.DeleteAsync(mapping.IntegrationId, mapping.TenantId, CancellationToken.None));
        Assert.False(await store.DeleteAsync(mapping.IntegrationId, mapping.TenantId, CancellationToken.None));

        var entries = (await _audit.ListAsync(new AuditQuery(), CancellationToken.None)).Items;
        Assert.Equal([AuditedCompanyMappingStore.UnmappedAction, AuditedCompanyMappingStore.MappedAction], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("Tenant", mapping.TenantId.ToString(), "alice"), (e.TargetType, e.TargetId, e.ActorName)));
        Assert.Contains("\"after\":{\"companyId\":4711,\"companyName\":\"Acme Ltd\"", entries[1].Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("\"before\"", entries[1].Summary, StringComparison.Ordinal);
        Assert.Contains("\"before\":{\"companyId\":4711,\"companyName\":\"Acme Ltd\"", entries[0].Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("\"after\"", entries[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsagePush_ApprovedThenSentOrFailed_RecordsTheUnitsBeforeAndAfter()
    {
        var store = new AuditedAutotaskUsageStore(new MemoryUsageStore(), _audit);
        var sent = Push(units: 12);
        var failed = Push(units: 3);

        var claimed = await store.ClaimAsync(sent, DateTime.UtcNow, CancellationToken.None);
        Assert.Null(await store.ClaimAsync(Push(units: 5, tenantId: sent.TenantId), DateTime.UtcNow, CancellationToken.None));
        claimed!.State = AutotaskUsagePushState.Sent;
        claimed.PreviousUnits = 9;
        claimed.Adjusted = true;
        await store.CompleteAsync(claimed, CancellationToken.None);
        var other = await store.ClaimAsync(failed, DateTime.UtcNow, CancellationToken.None);
        other!.State = AutotaskUsagePushState.Failed;
        other.ErrorCode = "AUTOTASK_Unavailable";
        await store.CompleteAsync(other, CancellationToken.None);

        var entries = (await _audit.ListAsync(new AuditQuery(), CancellationToken.None)).Items;
        Assert.Equal(
            [AuditedAutotaskUsageStore.FailedAction, AuditedAutotaskUsageStore.ApprovedAction, AuditedAutotaskUsageStore.PushedAction, AuditedAutotaskUsageStore.ApprovedAction],
            entries.Select(e => e.Action));
        Assert.Contains("\"units\":12", entries[3].Summary, StringComparison.Ordinal);
        Assert.Contains("\"approvedBy\":\"alice\"", entries[3].Summary, StringComparison.Ordinal);
        Assert.Contains("\"before\":{\"units\":9},\"after\":{\"units\":12}", entries[2].Summary, StringComparison.Ordinal);
        Assert.Contains("\"month\":\"2026-10\"", entries[2].Summary, StringComparison.Ordinal);
        Assert.Contains("AUTOTASK_Unavailable", entries[0].Summary, StringComparison.Ordinal);
        Assert.Equal(sent.TenantId.ToString(), entries[2].TargetId);
        Assert.True((await _audit.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public void Console_HierarchyConnectorMappingAndUsageStores_AreTheRecordingOnes()
    {
        using var factory = new ConsoleFactory();

        Assert.IsType<AuditedHierarchyConnector>(factory.Services.GetRequiredService<IKscHierarchyConnector>());
        Assert.IsType<AuditedCompanyMappingStore>(factory.Services.GetRequiredService<ICompanyMappingStore>());
        Assert.IsType<AuditedAutotaskUsageStore>(factory.Services.GetRequiredService<IAutotaskUsageStore>());
    }

    private static AutotaskUsagePush Push(int units, Guid? tenantId = null) => new()
    {
        IntegrationId = Guid.Empty,
        TenantId = tenantId ?? Guid.NewGuid(),
        Month = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc),
        CompanyId = 4711,
        ContractId = 20,
        ContractServiceId = 30,
        Units = units,
        VmCount = units,
        State = AutotaskUsagePushState.Pending,
        PushedBy = "alice",
    };

    private sealed class FixedContext(Actor actor) : IAuditContext
    {
        public Actor Current => actor;
    }

    private sealed class MemoryHierarchyConnector(IKscHierarchySession session) : IKscHierarchyConnector
    {
        public Task<Result<KscCertificate>> FetchCertificateAsync(string address, int port, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<Result<IKscHierarchySession>> OpenAsync(KscEndpoint endpoint, string? twoStepCode, CancellationToken cancellationToken) =>
            Task.FromResult(Result<IKscHierarchySession>.Success(session));
    }

    private sealed class MemoryHierarchySession : IKscHierarchySession
    {
        private readonly List<SecondaryServer> _secondaries = [];

        public Task<Result<KscServerIdentity>> GetIdentityAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<IReadOnlyList<KscGroup>>> GetGroupsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<IReadOnlyList<SecondaryServer>>> GetSecondariesAsync(CancellationToken cancellationToken) =>
            Task.FromResult(Result<IReadOnlyList<SecondaryServer>>.Success([.. _secondaries]));

        public Task<Result<long>> RegisterSecondaryAsync(SecondaryRegistration registration, CancellationToken cancellationToken)
        {
            var id = _secondaries.Count + 1L;
            _secondaries.Add(new SecondaryServer(id, registration.DisplayName, registration.GroupId, registration.NetAddress, registration.NetAddress is not null, SecondaryServerStatus.Connected, null, null, "15.1"));
            return Task.FromResult(Result<long>.Success(id));
        }

        public Task<Result> RemoveSecondaryAsync(long secondaryId, CancellationToken cancellationToken) =>
            Task.FromResult(_secondaries.RemoveAll(s => s.Id == secondaryId) > 0 ? Result.Success() : Result.Failure(Error.NotFound("KSC_NotFound", "No such secondary.")));

        public Task<Result> WritePrimaryConnectionAsync(string hostName, PrimaryConnection connection, CancellationToken cancellationToken) =>
            Task.FromResult(Result.Success());

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class MemoryMappingStore : ICompanyMappingStore
    {
        private readonly List<CompanyMapping> _mappings = [];

        public Task<IReadOnlyList<CompanyMapping>> ListAsync(Guid integrationId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<CompanyMapping>>([.. _mappings.Where(m => m.IntegrationId == integrationId)]);

        public Task<int> CountAsync(Guid integrationId, CancellationToken cancellationToken) => Task.FromResult(_mappings.Count(m => m.IntegrationId == integrationId));

        public Task<Result> AddAsync(CompanyMapping mapping, int limit, CancellationToken cancellationToken)
        {
            if (_mappings.Any(m => m.TenantId == mapping.TenantId))
            {
                return Task.FromResult(Result.Failure(Error.Conflict("AUTOTASK_AlreadyMapped", "Mapped already.")));
            }

            _mappings.Add(mapping);
            return Task.FromResult(Result.Success());
        }

        public Task<bool> DeleteAsync(Guid integrationId, Guid tenantId, CancellationToken cancellationToken) =>
            Task.FromResult(_mappings.RemoveAll(m => m.IntegrationId == integrationId && m.TenantId == tenantId) > 0);
    }

    private sealed class MemoryUsageStore : IAutotaskUsageStore
    {
        private readonly List<AutotaskUsagePush> _pushes = [];

        public Task<IReadOnlyList<VmProtectedDays>> CountProtectedDaysAsync(IReadOnlyCollection<Guid> tenantIds, DateTime from, DateTime to, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<UsagePeriod>> ListPeriodsAsync(Guid tenantId, DateTime from, DateTime to, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<AutotaskUsagePush>> ListPushesAsync(Guid integrationId, DateTime month, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AutotaskUsagePush>>([.. _pushes]);

        public Task<AutotaskUsagePush?> ClaimAsync(AutotaskUsagePush push, DateTime staleBefore, CancellationToken cancellationToken)
        {
            if (_pushes.Any(p => p.TenantId == push.TenantId && p.Month == push.Month))
            {
                return Task.FromResult<AutotaskUsagePush?>(null);
            }

            _pushes.Add(push);
            return Task.FromResult<AutotaskUsagePush?>(push);
        }

        public Task CompleteAsync(AutotaskUsagePush push, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Testing.Integrations;

/// <summary>Integrations, mappings and push records in memory; reads can be made to fail or wait.</summary>
public sealed class InMemoryIntegrationStores : IAutotaskIntegrationStore, ICompanyMappingStore, IAutotaskUsageStore
{
    private readonly Lock _lock = new();

    public Dictionary<Guid, AutotaskIntegration> Integrations { get; } = [];

    public List<CompanyMapping> Mappings { get; } = [];

    /// <summary>The next this many integration reads throw.</summary>
    public int FailNextReads { get; set; }

    /// <summary>When set, integration reads wait for it.</summary>
    public TaskCompletionSource? ReadGate { get; set; }

    public async Task<AutotaskIntegration?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await ReadAsync();
        lock (_lock)
        {
            return Integrations.TryGetValue(id, out var row) ? Copy(row) : null;
        }
    }

    public async Task<IReadOnlyList<(AutotaskIntegration Integration, int MappedCount)>> ListAsync(CancellationToken cancellationToken)
    {
        await ReadAsync();
        lock (_lock)
        {
            return [.. Integrations.Values.Select(i => (Copy(i), Mappings.Count(m => m.IntegrationId == i.Id)))];
        }
    }

    public Task AddAsync(AutotaskIntegration integration, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Integrations.Add(integration.Id, Copy(integration));
        }

        return Task.CompletedTask;
    }

    public Task<bool> UpdateAsync(AutotaskIntegration integration, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!Integrations.ContainsKey(integration.Id))
            {
                return Task.FromResult(false);
            }

            Integrations[integration.Id] = Copy(integration);
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Integrations.Remove(id));
        }
    }

    Task<IReadOnlyList<CompanyMapping>> ICompanyMappingStore.ListAsync(Guid integrationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<CompanyMapping>>([.. Mappings.Where(m => m.IntegrationId == integrationId)]);
        }
    }

    public Task<int> CountAsync(Guid integrationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Mappings.Count(m => m.IntegrationId == integrationId));
        }
    }

    public Task<Result> AddAsync(CompanyMapping mapping, int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var mine = Mappings.Where(m => m.IntegrationId == mapping.IntegrationId).ToList();
            if (mine.Count >= limit)
            {
                return Task.FromResult<Result>(AutotaskIntegrationErrors.MappingLimitReached(limit));
            }

            if (mine.Any(m => m.TenantId == mapping.TenantId || m.CompanyId == mapping.CompanyId))
            {
                return Task.FromResult<Result>(AutotaskIntegrationErrors.CompanyAlreadyMapped(mapping.CompanyName));
            }

            Mappings.Add(mapping);
            return Task.FromResult(Result.Success());
        }
    }

    public Task<bool> DeleteAsync(Guid integrationId, Guid tenantId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Mappings.RemoveAll(m => m.IntegrationId == integrationId && m.TenantId == tenantId) > 0);
        }
    }

    public Task<IReadOnlyList<VmProtectedDays>> CountProtectedDaysAsync(IReadOnlyCollection<Guid> tenantIds, DateTime from, DateTime to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<VmProtectedDays>>([]);

    public Task<IReadOnlyList<UsagePeriod>> ListPeriodsAsync(Guid tenantId, DateTime from, DateTime to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UsagePeriod>>([]);

    public Task<IReadOnlyList<AutotaskUsagePush>> ListPushesAsync(Guid integrationId, DateTime month, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AutotaskUsagePush>>([]);

    public Task<AutotaskUsagePush?> ClaimAsync(AutotaskUsagePush push, DateTime staleBefore, CancellationToken cancellationToken) =>
        Task.FromResult<AutotaskUsagePush?>(null);

    public Task CompleteAsync(AutotaskUsagePush push, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ReadAsync()
    {
        if (ReadGate is { } gate)
        {
            await gate.Task;
        }

        lock (_lock)
        {
            if (FailNextReads > 0)
            {
                FailNextReads--;
                throw new InvalidOperationException("secret detail of a store failure");
            }
        }
    }

    private static AutotaskIntegration Copy(AutotaskIntegration row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        UserName = row.UserName,
        ProtectedSecret = row.ProtectedSecret,
        ProtectedIntegrationCode = row.ProtectedIntegrationCode,
        Status = row.Status,
        ZoneName = row.ZoneName,
        ValidatedAt = row.ValidatedAt,
        ManagedAccountsLimit = row.ManagedAccountsLimit,
        UsageRule = row.UsageRule,
        MinimumDays = row.MinimumDays,
        BillingServiceId = row.BillingServiceId,
        MonthlyPush = row.MonthlyPush,
        UpdatedBy = row.UpdatedBy,
        Created = row.Created,
        Updated = row.Updated,
    };
}

using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

/// <summary>Integrations, mappings (unique both ways, limit checked) and push records in memory.</summary>
internal sealed class FakeIntegrationStores : IAutotaskIntegrationStore, ICompanyMappingStore
{
    public Dictionary<Guid, AutotaskIntegration> Integrations { get; } = [];

    public List<CompanyMapping> Mappings { get; } = [];

    public Task<AutotaskIntegration?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Integrations.TryGetValue(id, out var row) ? Copy(row) : null);

    public Task<IReadOnlyList<(AutotaskIntegration Integration, int MappedCount)>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(AutotaskIntegration, int)>>([.. Integrations.Values.Select(i => (Copy(i), Mappings.Count(m => m.IntegrationId == i.Id)))]);

    public Task AddAsync(AutotaskIntegration integration, CancellationToken cancellationToken)
    {
        Integrations.Add(integration.Id, Copy(integration));
        return Task.CompletedTask;
    }

    public Task<bool> UpdateAsync(AutotaskIntegration integration, CancellationToken cancellationToken)
    {
        if (!Integrations.ContainsKey(integration.Id))
        {
            return Task.FromResult(false);
        }

        Integrations[integration.Id] = Copy(integration);
        return Task.FromResult(true);
    }

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(Integrations.Remove(id));

    Task<IReadOnlyList<CompanyMapping>> ICompanyMappingStore.ListAsync(Guid integrationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CompanyMapping>>([.. Mappings.Where(m => m.IntegrationId == integrationId)]);

    public Task<int> CountAsync(Guid integrationId, CancellationToken cancellationToken) =>
        Task.FromResult(Mappings.Count(m => m.IntegrationId == integrationId));

    public Task<Result> AddAsync(CompanyMapping mapping, int limit, CancellationToken cancellationToken)
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

    public Task<bool> DeleteAsync(Guid integrationId, Guid tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(Mappings.RemoveAll(m => m.IntegrationId == integrationId && m.TenantId == tenantId) > 0);

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

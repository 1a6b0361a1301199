using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>Keeps the tenant-to-company mappings of the integrations.</summary>
public interface ICompanyMappingStore
{
    /// <summary>The mappings of an integration.</summary>
    Task<IReadOnlyList<CompanyMapping>> ListAsync(Guid integrationId, CancellationToken cancellationToken);

    Task<int> CountAsync(Guid integrationId, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the mapping while the integration maps fewer than <paramref name="limit"/> tenants, atomically (the count
    /// and the insert hold the integration's row). Fails with the limit, or with a conflict when the tenant or the
    /// company is mapped already (unique indexes).
    /// </summary>
    Task<Result> AddAsync(CompanyMapping mapping, int limit, CancellationToken cancellationToken);

    /// <summary>Removes the tenant's mapping; false when there was none.</summary>
    Task<bool> DeleteAsync(Guid integrationId, Guid tenantId, CancellationToken cancellationToken);
}

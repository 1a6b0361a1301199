using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Tenants;

public interface ITenantStore
{
    Task<Tenant?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every tenant, ordered by name, streamed from the database.</summary>
    IAsyncEnumerable<Tenant> StreamAllAsync(CancellationToken cancellationToken);

    Task<Page<TenantSummary>> ListAsync(TenantQuery query, CancellationToken cancellationToken);

    /// <summary>True when a tenant has this name, compared case-insensitively.</summary>
    Task<bool> NameExistsAsync(string name, CancellationToken cancellationToken);

    /// <summary>Adds the tenant; fails with VIRMT_TenantWithSpecifiedNameAlreadyExists on a name taken in any case.</summary>
    Task<Result> AddAsync(Tenant tenant, CancellationToken cancellationToken);

    Task<bool> SetStatusAsync(Guid id, TenantStatus status, DateTime now, CancellationToken cancellationToken);

    /// <summary>Removes the tenant and its virtual machines; protection periods stay (they belong to BIOS IDs).</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);
}

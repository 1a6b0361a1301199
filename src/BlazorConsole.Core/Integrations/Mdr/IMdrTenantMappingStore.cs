using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>Keeps the MDR-tenant-to-console-tenant mappings: one-to-one both ways within a connection (unique indexes).</summary>
public interface IMdrTenantMappingStore
{
    Task<IReadOnlyList<MdrTenantMapping>> ListAsync(Guid connectionId, CancellationToken cancellationToken);

    /// <summary>The mapping of an MDR tenant (names compared case-insensitively); null when unmapped.</summary>
    Task<MdrTenantMapping?> FindAsync(Guid connectionId, string mdrTenantName, CancellationToken cancellationToken);

    /// <summary>Adds the mapping; a conflict naming the MDR tenant when either side is mapped already.</summary>
    Task<Result> AddAsync(MdrTenantMapping mapping, CancellationToken cancellationToken);

    /// <summary>Removes the MDR tenant's mapping; false when there was none.</summary>
    Task<bool> DeleteAsync(Guid connectionId, string mdrTenantName, CancellationToken cancellationToken);
}

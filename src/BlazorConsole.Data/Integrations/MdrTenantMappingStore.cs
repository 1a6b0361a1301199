using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Integrations;

/// <summary>The MDR tenant mappings; the unique indexes (name key, tenant) make them one-to-one both ways.</summary>
internal sealed class MdrTenantMappingStore(IDbContextFactory<ConsoleDbContext> factory) : IMdrTenantMappingStore
{
    public async Task<IReadOnlyList<MdrTenantMapping>> ListAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrTenantMappings.AsNoTracking().Where(m => m.ConnectionId == connectionId).OrderBy(m => m.MdrTenantName).ToListAsync(cancellationToken);
    }

    public async Task<MdrTenantMapping?> FindAsync(Guid connectionId, string mdrTenantName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mdrTenantName);
        var key = MdrTenantMappingConfiguration.KeyOf(mdrTenantName);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrTenantMappings.AsNoTracking()
            .FirstOrDefaultAsync(m => m.ConnectionId == connectionId && EF.Property<string>(m, MdrTenantMappingConfiguration.NameKey) == key, cancellationToken);
    }

    public async Task<Result> AddAsync(MdrTenantMapping mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.MdrTenantMappings.Add(mapping);
        db.Entry(mapping).Property(MdrTenantMappingConfiguration.NameKey).CurrentValue = MdrTenantMappingConfiguration.KeyOf(mapping.MdrTenantName);
        return await UniqueViolation.TrySaveAsync(db, cancellationToken) ? Result.Success() : MdrErrors.TenantAlreadyMapped(mapping.MdrTenantName);
    }

    public async Task<bool> DeleteAsync(Guid connectionId, string mdrTenantName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mdrTenantName);
        var key = MdrTenantMappingConfiguration.KeyOf(mdrTenantName);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrTenantMappings
            .Where(m => m.ConnectionId == connectionId && EF.Property<string>(m, MdrTenantMappingConfiguration.NameKey) == key)
            .ExecuteDeleteAsync(cancellationToken) > 0;
    }
}

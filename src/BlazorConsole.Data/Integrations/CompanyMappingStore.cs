using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Integrations;

/// <summary>The mappings; adding one holds the integration's row so that two admins cannot pass the limit together.</summary>
internal sealed class CompanyMappingStore(IDbContextFactory<ConsoleDbContext> factory) : ICompanyMappingStore
{
    public async Task<IReadOnlyList<CompanyMapping>> ListAsync(Guid integrationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.CompanyMappings.AsNoTracking().Where(m => m.IntegrationId == integrationId).ToListAsync(cancellationToken);
    }

    public async Task<int> CountAsync(Guid integrationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.CompanyMappings.CountAsync(m => m.IntegrationId == integrationId, cancellationToken);
    }

    public async Task<Result> AddAsync(CompanyMapping mapping, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // a write to the integration's row first: it takes the write lock (SQLite) or the row lock (PostgreSQL), so
        // the count below cannot be overtaken by another insert before this one commits
        var held = await db.AutotaskIntegrations.Where(i => i.Id == mapping.IntegrationId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Updated, i => i.Updated), cancellationToken);
        if (held == 0)
        {
            return AutotaskIntegrationErrors.IntegrationNotFound();
        }

        if (await db.CompanyMappings.CountAsync(m => m.IntegrationId == mapping.IntegrationId, cancellationToken) >= limit)
        {
            return AutotaskIntegrationErrors.MappingLimitReached(limit);
        }

        db.CompanyMappings.Add(mapping);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return AutotaskIntegrationErrors.CompanyAlreadyMapped(mapping.CompanyName);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<bool> DeleteAsync(Guid integrationId, Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.CompanyMappings.Where(m => m.IntegrationId == integrationId && m.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}

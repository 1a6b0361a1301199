using System.Runtime.CompilerServices;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Tenants;

internal sealed class TenantStore(IDbContextFactory<ConsoleDbContext> factory) : ITenantStore
{
    /// <summary>
    /// The hot read of GET /tenants/{id}: compiled once (no expression-tree walk or query-cache lookup per call),
    /// no tracking, and the shadow NameKey column is neither selected nor materialised.
    /// </summary>
    private static readonly Func<ConsoleDbContext, Guid, CancellationToken, Task<Tenant?>> GetById =
        EF.CompileAsyncQuery((ConsoleDbContext db, Guid id, CancellationToken _) => db.Tenants
            .AsNoTracking()
            .Where(t => t.Id == id)
            .Select(t => new Tenant
            {
                Id = t.Id,
                Name = t.Name,
                Description = t.Description,
                UserData = t.UserData,
                PreferredViisAddress = t.PreferredViisAddress,
                Type = t.Type,
                Status = t.Status,
                VirtualServerId = t.VirtualServerId,
                AdminUserName = t.AdminUserName,
                Created = t.Created,
                Updated = t.Updated,
            })
            .FirstOrDefault());

    public async Task<Tenant?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await GetById(db, id, cancellationToken);
    }

    public async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.AnyAsync(t => t.Id == id, cancellationToken);
    }

    public async IAsyncEnumerable<Tenant> StreamAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = db.Tenants.AsNoTracking()
            .OrderBy(t => EF.Property<string>(t, TenantConfiguration.NameKey))
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);
        await foreach (var tenant in rows)
        {
            yield return tenant;
        }
    }

    public async Task<Page<TenantSummary>> ListAsync(TenantQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var tenants = TenantListQuery.Filter(db.Tenants.AsNoTracking(), query);
        var total = await tenants.CountAsync(cancellationToken);
        var rows = TenantListQuery.Order(TenantListQuery.WithVmCount(db, tenants), query);
        var page = await rows.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 1000)).ToListAsync(cancellationToken);
        return new Page<TenantSummary>([.. page.Select(r => r.ToSummary())], total);
    }

    public async Task<bool> NameExistsAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var key = TenantConfiguration.KeyOf(name);
        return await db.Tenants.AnyAsync(t => EF.Property<string>(t, TenantConfiguration.NameKey) == key, cancellationToken);
    }

    public async Task<Result> AddAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var key = TenantConfiguration.KeyOf(tenant.Name);
        if (await db.Tenants.AnyAsync(t => EF.Property<string>(t, TenantConfiguration.NameKey) == key, cancellationToken))
        {
            return TenantErrors.NameAlreadyExists(tenant.Name);
        }

        db.Tenants.Add(tenant);
        db.Entry(tenant).Property(TenantConfiguration.NameKey).CurrentValue = key;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return TenantErrors.NameAlreadyExists(tenant.Name);
        }
    }

    public async Task<bool> SetStatusAsync(Guid id, TenantStatus status, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Tenants.Where(t => t.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, status).SetProperty(t => t.Updated, now), cancellationToken);
        return changed == 1;
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.VirtualMachines.Where(v => v.TenantId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Tenants.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted == 1;
    }
}

using BlazorConsole.Core.Access;
using BlazorConsole.Data.Common;
using BlazorConsole.Data.Tenants;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Access;

internal sealed class AccountScopeStore(IDbContextFactory<ConsoleDbContext> factory) : IAccountScopeStore
{
    public async Task<TenantScope> GetAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<AccountScopeRow>().AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (row is null || row.AllTenants)
        {
            return TenantScope.Everything;
        }

        var ids = await db.Set<AccountTenantRow>().AsNoTracking().Where(t => t.UserId == userId).Select(t => t.TenantId).ToListAsync(cancellationToken);
        return TenantScope.Only(ids);
    }

    public async Task SetAsync(string userId, TenantScope scope, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<AccountTenantRow>().Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<AccountScopeRow>().Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        db.Set<AccountScopeRow>().Add(new AccountScopeRow { UserId = userId, AllTenants = scope.AllTenants });
        if (!scope.AllTenants)
        {
            var ids = scope.TenantIds.ToList();
            var existing = await db.Tenants.Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
            db.Set<AccountTenantRow>().AddRange(existing.Select(id => new AccountTenantRow { UserId = userId, TenantId = id }));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, Guid>> FindTenantsAsync(IReadOnlyCollection<string> namesOrIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(namesOrIds);
        var ids = namesOrIds.Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var keys = namesOrIds.Select(TenantConfiguration.KeyOf).Distinct().ToList();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = await db.Tenants.AsNoTracking()
            .Where(t => ids.Contains(t.Id) || keys.Contains(EF.Property<string>(t, TenantConfiguration.NameKey)))
            .Select(t => new { t.Id, Key = EF.Property<string>(t, TenantConfiguration.NameKey) })
            .ToListAsync(cancellationToken);
        var result = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var given in namesOrIds)
        {
            var match = found.FirstOrDefault(t => (Guid.TryParse(given, out var id) && t.Id == id) || t.Key == TenantConfiguration.KeyOf(given));
            if (match is not null)
            {
                result[given] = match.Id;
            }
        }

        return result;
    }
}

using BlazorConsole.Core.Access;
using BlazorConsole.Data.Common;
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
}

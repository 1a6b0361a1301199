using BlazorConsole.Core.Reports;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Reports;

internal sealed class ProtectionReportStore(IDbContextFactory<ConsoleDbContext> factory) : IProtectionReportStore
{
    public async Task AddAsync(ProtectionReport report, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ProtectionReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ProtectionReport?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ProtectionReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ProtectionReports.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<Guid>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ProtectionReports.Where(r => r.Expires <= now)
            .OrderBy(r => r.Expires).Select(r => r.Id).Take(limit).ToListAsync(cancellationToken);
    }
}

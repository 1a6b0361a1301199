using BlazorConsole.Core.Common;
using BlazorConsole.Core.Reports;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Reports;

/// <summary>Unexpired reports, newest first, limited to the caller's tenants and paged in SQL.</summary>
internal sealed class ReportListStore(IDbContextFactory<ConsoleDbContext> factory) : IReportListStore
{
    public async Task<Page<ProtectionReport>> ListAvailableAsync(DateTime now, IReadOnlyCollection<Guid>? tenantIds, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var reports = db.ProtectionReports.AsNoTracking().Where(r => r.Expires > now);
        if (tenantIds is not null)
        {
            var ids = tenantIds.ToList();
            reports = reports.Where(r => r.TenantId != null && ids.Contains(r.TenantId.Value));
        }

        var total = await reports.CountAsync(cancellationToken);
        var items = await reports.OrderByDescending(r => r.Created).ThenByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new Page<ProtectionReport>(items, total);
    }
}

using BlazorConsole.Core.Common;
using BlazorConsole.Core.Reports;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Reports;

/// <summary>Unexpired reports, newest first, paged in SQL.</summary>
internal sealed class ReportListStore(IDbContextFactory<ConsoleDbContext> factory) : IReportListStore
{
    public async Task<Page<ProtectionReport>> ListAvailableAsync(DateTime now, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var reports = db.ProtectionReports.AsNoTracking().Where(r => r.Expires > now);
        var total = await reports.CountAsync(cancellationToken);
        var items = await reports.OrderByDescending(r => r.Created).ThenByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new Page<ProtectionReport>(items, total);
    }
}

using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Reports;

/// <summary>The reports page's read: generated reports that have not expired, newest first.</summary>
public interface IReportListStore
{
    /// <summary>
    /// One page of unexpired reports. <paramref name="tenantIds"/> null: every report, those of every VM included;
    /// otherwise only the reports of those tenants (never a report of every VM).
    /// </summary>
    Task<Page<ProtectionReport>> ListAvailableAsync(DateTime now, IReadOnlyCollection<Guid>? tenantIds, int skip, int take, CancellationToken cancellationToken);
}

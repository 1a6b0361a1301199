using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Reports;

/// <summary>The reports page's read: generated reports that have not expired, newest first.</summary>
public interface IReportListStore
{
    Task<Page<ProtectionReport>> ListAvailableAsync(DateTime now, int skip, int take, CancellationToken cancellationToken);
}

using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Reports;

/// <summary>
/// The list of reports that can still be downloaded, for the reports page. A caller scoped to some tenants sees only
/// their reports; a report of every VM only shows to a caller that covers all tenants.
/// </summary>
public sealed class ReportCatalog(IReportListStore store, TimeProvider time, IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    /// <summary>The largest page the reports page asks for.</summary>
    public const int MaxTake = 100;

    /// <summary>Unexpired reports in the caller's scope, newest first; a page size outside 1 to 100 or a negative skip is refused.</summary>
    public async Task<Result<Page<AvailableReport>>> ListAvailableAsync(int skip, int take, CancellationToken cancellationToken)
    {
        if (take is < 1 or > MaxTake || skip < 0)
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, $"A page holds 1 to {MaxTake} reports and starts at 0 or later.");
        }

        var filter = _access.Current.TenantFilter;
        if (filter is { Count: 0 })
        {
            return new Page<AvailableReport>([], 0);
        }

        var page = await store.ListAvailableAsync(time.GetUtcNow().UtcDateTime, filter, skip, take, cancellationToken);
        return new Page<AvailableReport>([.. page.Items.Select(r => new AvailableReport(r, ReportFileName.For(r)))], page.Total);
    }
}

using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Core.Reports;

/// <summary>The report use cases: ask for a report (a CreateTenantReport task) and find a generated one to download.</summary>
public sealed class ReportService(
    ITenantStore tenants,
    ITaskQueue queue,
    IProtectionReportStore reports,
    IReportFileStore files,
    TimeProvider time,
    IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    /// <summary>
    /// Validates the query parameters as the REST API receives them and queues the task. An unknown tenant, or a
    /// tenantId that is not a GUID, is refused at once (404), as the seed's return codes say; bad dates or from
    /// after to are 400.
    /// </summary>
    public async Task<Result<ConsoleTask>> RequestAsync(string? tenantId, string? from, string? to, string actor, CancellationToken cancellationToken)
    {
        var scope = _access.Current;
        if (!scope.CanWrite)
        {
            return AccessScopeErrors.Denied;
        }

        Guid? tenant = null;
        if (!string.IsNullOrWhiteSpace(tenantId))
        {
            // a tenantId that is not a GUID names no tenant: the seed's only answer for that is 404
            if (!Guid.TryParse(tenantId.Trim(), out var parsed))
            {
                return Error.NotFound(TenantErrors.NotFoundCode, $"A tenant with the identifier {tenantId.Trim()} is not found.");
            }

            tenant = parsed;
        }

        if (!TryParseTime(from, "from", out var fromUtc, out var fromError))
        {
            return fromError;
        }

        if (!TryParseTime(to, "to", out var toUtc, out var toError))
        {
            return toError;
        }

        if (fromUtc is { } f && toUtc is { } t && f > t)
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, "The parameter 'from' must not be after 'to'.");
        }

        if (tenant is { } id && (!scope.Covers(id) || !await tenants.ExistsAsync(id, cancellationToken)))
        {
            return TenantErrors.NotFound(id);
        }

        // a report of every VM shows every tenant's
        if (tenant is null && !scope.AllTenants)
        {
            return AccessScopeErrors.AllTenantsRequired;
        }

        var request = new TaskRequest(TaskTypes.CreateTenantReport, new CreateTenantReportInput(tenant, fromUtc, toUtc))
        {
            TenantId = tenant,
            CreatedBy = actor,
        };
        return await queue.EnqueueAsync(request, cancellationToken);
    }

    /// <summary>A report that exists, has not expired and whose file is present; otherwise VIRMT_ReportWithSpecifiedIdNotFound.</summary>
    public async Task<Result<ReportDownload>> FindAsync(string reportId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(reportId, out var id))
        {
            return ReportErrors.NotFound(reportId);
        }

        var report = await reports.GetAsync(id, cancellationToken);
        if (report is null || !_access.Current.Covers(report.TenantId) || report.Expires <= time.GetUtcNow().UtcDateTime || files.Find(id) is not { } path)
        {
            return ReportErrors.NotFound(reportId);
        }

        return new ReportDownload(report, path, ReportFileName.For(report));
    }

    private static bool TryParseTime(string? text, string name, out DateTime? utc, out Error error)
    {
        utc = null;
        error = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!WireTime.TryParse(text, out var parsed))
        {
            error = Error.Validation(ErrorCodes.InvalidParameterValue, $"The parameter '{name}' must be a UTC date and time in the format {WireTime.Format}.");
            return false;
        }

        utc = parsed;
        return true;
    }
}

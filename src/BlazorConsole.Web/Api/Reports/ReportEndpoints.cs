using BlazorConsole.Core.Common;
using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Api.Common;
using BlazorConsole.Web.Api.OpenApi;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace BlazorConsole.Web.Api.Reports;

/// <summary>Report routes of REST API v2.0 (seed: "Generating a report", "Report upload").</summary>
public static class ReportEndpoints
{
    public const string Tag = "Reports";

    private const string TimeText = "YYYY-MM-DDThh:mm:ss (UTC).";

    /// <summary><c>POST /reports/tenants</c> (202, a CreateTenantReport task) and <c>GET /reports/tenants/{reportId}</c> (the CSV).</summary>
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/reports/tenants", GenerateAsync)
            .RequireAuthorization(AccessPolicies.ApiWrite)
            .WithTags(Tag).WithName("CreateTenantReport").WithSummary("Generate a protection report")
            .WithDescription("Queues a CreateTenantReport task; on completion its result is the report id, to download with "
                + "GET /reports/tenants/{reportId} within 24 hours. Periods overlapping the range are included, clipped to it.")
            .Describes("tenantId", "Tenant identifier (GUID): only that tenant's VMs. Omitted: every VM, those of no tenant with empty tenant fields.")
            .Describes("from", $"Start of the reporting period, {TimeText} Omitted: the earliest record.")
            .Describes("to", $"End of the reporting period, {TimeText} Omitted: now.")
            .ReadsHeader("Accept", "The report format; only application/csv exists, so it may be omitted.", CsvAccept.MediaType)
            .Returns(Status202Accepted, "The request is accepted; the body is the task and Location points to GET /tasks/{id}.", example: ApiExamples.QueuedReportTask)
            .Fails(Status400BadRequest, ErrorCodes.InvalidParameterValue, "from or to is not a date in YYYY-MM-DDThh:mm:ss format, or from is after to.")
            .Fails(Status404NotFound, TenantErrors.NotFoundCode, "A tenant with the specified identifier is not found (also when tenantId is not a GUID).");

        api.MapGet("/reports/tenants/{reportId}", DownloadAsync)
            .RequireAuthorization(AccessPolicies.ApiRead)
            .WithTags(Tag).WithName("GetTenantReport").WithSummary("Download a report")
            .WithDescription("The report as CSV without a header line, one protection period a line: "
                + "{tenant ID};{tenant name};{VM BIOS ID};{VM name};{start};{end}. One byte range may be asked with Range "
                + "(206 with Content-Range and Content-Length; Accept-Ranges: bytes is always sent).")
            .Describes("reportId", "Report identifier: the result of a completed CreateTenantReport task.")
            .ReadsHeader("Accept", "application/csv (or application/*, */*, or none). Anything else gets 415.", CsvAccept.MediaType)
            .ReadsHeader("Range", "One byte range: bytes=a-b, bytes=a- or bytes=-n. Several ranges get the whole file with 200.", "bytes=0-1023")
            .ReturnsContent(Status200OK, "The whole report.", CsvAccept.MediaType, ApiExamples.ReportCsv)
            .ReturnsContent(Status206PartialContent, "The range asked for; Content-Range: bytes a-b/total.", CsvAccept.MediaType, ApiExamples.ReportCsvPart)
            .Fails(Status404NotFound, ReportErrors.NotFoundCode, "A report with the specified identifier is not found, has expired or its file is gone.")
            .Fails(Status415UnsupportedMediaType, ReportErrors.UnsupportedFormatCode, "The Accept header asks for a format other than application/csv.")
            .Returns(Status416RangeNotSatisfiable, "The range starts after the end of the report; Content-Range: bytes */total, no body.");

        return api;
    }

    private static async Task<IResult> GenerateAsync(
        HttpContext context,
        string? tenantId,
        string? from,
        string? to,
        ReportService service,
        CancellationToken cancellationToken)
    {
        var actor = context.User.Identity?.Name ?? "api";
        var task = await service.RequestAsync(tenantId, from, to, actor, cancellationToken);
        return task.IsSuccess ? ApiResults.Accepted(context, task.Value) : ApiResults.Problem(task.Error);
    }

    /// <summary>
    /// Streams the file with single-range support (206, or 416 with <c>Content-Range: bytes */total</c>).
    /// A multi-range request gets the whole file with 200: ASP.NET Core serves one range only (decision, tested).
    /// The file is opened here, allowing deletion: retention may delete it after the lookup (404 then) or while
    /// it is sent (the open handle keeps the bytes readable until the answer ends).
    /// </summary>
    private static async Task<IResult> DownloadAsync(HttpRequest request, string reportId, ReportService service, CancellationToken cancellationToken)
    {
        if (!CsvAccept.Allows(request))
        {
            return ApiResults.Problem(ReportErrors.UnsupportedFormat);
        }

        var download = await service.FindAsync(reportId, cancellationToken);
        if (!download.IsSuccess)
        {
            return ApiResults.Problem(download.Error);
        }

        FileStream file;
        try
        {
            file = new FileStream(download.Value.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 64 * 1024, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return ApiResults.Problem(ReportErrors.NotFound(reportId));
        }

        var created = new DateTimeOffset(DateTime.SpecifyKind(download.Value.Report.Created, DateTimeKind.Utc));
        return Results.Stream(file, CsvAccept.MediaType, download.Value.FileName, lastModified: created, enableRangeProcessing: true);
    }
}

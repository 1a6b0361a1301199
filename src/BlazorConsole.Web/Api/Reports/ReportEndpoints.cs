using BlazorConsole.Core.Reports;
using BlazorConsole.Web.Api.Common;

namespace BlazorConsole.Web.Api.Reports;

public static class ReportEndpoints
{
    /// <summary><c>POST /reports/tenants</c> (202, a CreateTenantReport task) and <c>GET /reports/tenants/{reportId}</c> (the CSV).</summary>
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/reports/tenants", GenerateAsync);
        api.MapGet("/reports/tenants/{reportId}", DownloadAsync);
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

        return Results.File(download.Value.Path, CsvAccept.MediaType, download.Value.FileName, enableRangeProcessing: true);
    }
}

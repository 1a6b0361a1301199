using BlazorConsole.Core.Reports;

namespace BlazorConsole.Web.Reports;

/// <summary>
/// The console's own report download: the signed-in user's cookie (the fallback policy), not HTTP Basic, so that the
/// reports page can offer a plain link. The file is streamed from disk, never read whole into memory.
/// </summary>
public static class ReportDownloadEndpoints
{
    /// <summary>The download address of a report.</summary>
    public static string Href(Guid reportId) => $"/reports/{reportId}/download";

    /// <summary><c>GET /reports/{reportId}/download</c>: the CSV as an attachment named for tenant and range; 404 when gone.</summary>
    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{reportId:guid}/download", DownloadAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(Guid reportId, ReportService reports, CancellationToken cancellationToken)
    {
        var download = await reports.FindAsync(reportId.ToString(), cancellationToken);
        if (!download.IsSuccess)
        {
            return Results.NotFound();
        }

        FileStream file;
        try
        {
            // deletion allowed: retention may remove the file while it is sent; the open handle keeps it readable
            file = new FileStream(download.Value.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 64 * 1024, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Results.NotFound();
        }

        var created = new DateTimeOffset(DateTime.SpecifyKind(download.Value.Report.Created, DateTimeKind.Utc));
        return Results.Stream(file, "text/csv", download.Value.FileName, lastModified: created, enableRangeProcessing: true);
    }
}

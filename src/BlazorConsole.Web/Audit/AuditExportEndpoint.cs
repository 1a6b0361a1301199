using System.Globalization;
using BlazorConsole.Core.Audit;
using CsvHelper;
using Microsoft.AspNetCore.Authorization;

namespace BlazorConsole.Web.Audit;

/// <summary>
/// <c>GET /access/audit/export.csv</c>: the entries of the page's current filter as CSV, newest first, streamed row
/// by row from one query. Administrators and auditors only.
/// </summary>
public static class AuditExportEndpoint
{
    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["Sequence", "Time (UTC)", "Actor", "Actor kind", "Channel", "Address", "Correlation id", "Action", "Target type", "Target id", "Target name", "Summary", "Hash"];

    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AuditAccess.ExportPath, ExportAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = AuditAccess.Roles })
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task ExportAsync(
        HttpContext context,
        AuditService audit,
        TimeProvider time,
        string? actor,
        string? action,
        string? target,
        string? channel,
        string? from,
        string? to)
    {
        var view = AuditView.Parse(actor, action, target, channel, from, to, 1);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{stamp}.csv\"";
        context.Response.Headers.CacheControl = "no-store";
        var cancellationToken = context.RequestAborted;

        // a value such as "=HYPERLINK(...)" is escaped, so that a spreadsheet does not run it as a formula
        await using var csv = CsvWriter.Create(context.Response.Body, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        csv.WriteHeader([.. Header]);
        await foreach (var entry in audit.StreamAsync(view.ToQuery(1), cancellationToken))
        {
            csv.WriteField(entry.Sequence.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(entry.Time.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            csv.WriteField(entry.ActorName);
            csv.WriteField(entry.ActorKind.ToString());
            csv.WriteField(entry.Channel);
            csv.WriteField(entry.Address ?? string.Empty);
            csv.WriteField(entry.CorrelationId ?? string.Empty);
            csv.WriteField(entry.Action);
            csv.WriteField(entry.TargetType);
            csv.WriteField(entry.TargetId ?? string.Empty);
            csv.WriteField(entry.TargetName ?? string.Empty);
            csv.WriteField(entry.Summary ?? string.Empty);
            csv.WriteField(entry.Hash);
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}

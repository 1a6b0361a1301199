using System.Globalization;
using BlazorConsole.Core.Access;
using BlazorConsole.Core.Tenants;
using CsvHelper;

namespace BlazorConsole.Web.Components.Pages.Tenants;

/// <summary>
/// <c>GET /tenants/export.csv</c>: the tenant list's current view (same parameters as the page) as CSV, streamed
/// row by row from one query, so that 100,000 tenants are never held in memory; only the tenants in the user's scope. Signed-in users only (the cookie).
/// </summary>
public static class TenantExportEndpoint
{
    public static IEndpointRouteBuilder MapTenantExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(TenantListView.ExportPath, ExportAsync).RequireAuthorization().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task ExportAsync(
        HttpContext context,
        ITenantExportSource source,
        IAccessScope access,
        TimeProvider time,
        string? q,
        string? status,
        string? type,
        string? sort,
        bool? desc)
    {
        var view = TenantListView.Parse(q, status, type, sort, desc, null);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"tenants-{stamp}.csv\"";
        context.Response.Headers.CacheControl = "no-store";

        var cancellationToken = context.RequestAborted;

        // a name such as "=HYPERLINK(...)" is escaped, so that a spreadsheet does not run it as a formula
        await using var csv = CsvWriter.Create(context.Response.Body, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        csv.WriteHeader([.. Header]);
        await foreach (var row in source.StreamAsync(view.ToQuery(1) with { TenantIds = access.Current.TenantFilter }, cancellationToken))
        {
            var tenant = row.Tenant;
            csv.WriteField(tenant.Id.ToString());
            csv.WriteField(tenant.Name);
            csv.WriteField(tenant.Status.ToString());
            csv.WriteField(tenant.Type.ToString());
            csv.WriteField(row.VmCount.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(tenant.Created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            csv.WriteField(tenant.Description ?? string.Empty);
            csv.WriteField(tenant.PreferredViisAddress ?? string.Empty);
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> Header { get; } = ["Id", "Name", "Status", "Type", "VMs", "Created (UTC)", "Description", "Preferred Integration Server"];
}

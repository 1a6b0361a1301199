using System.Globalization;
using System.Text;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Web.Components.Pages.Tenants;

/// <summary>
/// What the tenant list shows, as kept in its URL (<c>q</c>, <c>status</c>, <c>type</c>, <c>sort</c>, <c>desc</c>,
/// <c>page</c> counted from 1): the page and the CSV export read the same parameters, so the export is exactly the view.
/// </summary>
public sealed record TenantListView(string? Search, TenantStatus? Status, TenantType? Type, TenantSort Sort, bool Descending, int Page)
{
    /// <summary>The address of the CSV export of this view.</summary>
    public const string ExportPath = "/tenants/export.csv";

    public static TenantListView Default { get; } = new(null, null, null, TenantSort.Name, false, 0);

    /// <summary>Reads the URL's parameters; anything unknown falls back to the default view.</summary>
    public static TenantListView Parse(string? search, string? status, string? type, string? sort, bool? descending, int? page) => new(
        string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
        Enum.TryParse<TenantStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null,
        TenantTypes.TryParse(type, out var t) ? t : null,
        Enum.TryParse<TenantSort>(sort, ignoreCase: true, out var o) && Enum.IsDefined(o) ? o : TenantSort.Name,
        descending == true,
        Math.Max(0, (page ?? 1) - 1));

    /// <summary>True when the view narrows the list (a search or a filter), so "no rows" means "no match", not "no tenants".</summary>
    public bool IsNarrowed => Search is not null || Status is not null || Type is not null;

    public TenantQuery ToQuery(int pageSize) => new()
    {
        Search = Search,
        Status = Status,
        Type = Type,
        Sort = Sort,
        Descending = Descending,
        Skip = Page * pageSize,
        Take = pageSize,
    };

    /// <summary>The URL parameters of this view; defaults are left out (null removes them).</summary>
    public IReadOnlyDictionary<string, object?> ToParameters() => new Dictionary<string, object?>
    {
        ["q"] = Search,
        ["status"] = Status?.ToString().ToLowerInvariant(),
        ["type"] = Type?.ToString().ToLowerInvariant(),
        ["sort"] = Sort == TenantSort.Name ? null : Sort.ToString().ToLowerInvariant(),
        ["desc"] = Descending ? "true" : null,
        ["page"] = Page > 0 ? (Page + 1).ToString(CultureInfo.InvariantCulture) : null,
    };

    /// <summary>The export address with this view's search, filters and order (every page of it).</summary>
    public string ExportUrl()
    {
        var builder = new StringBuilder(ExportPath);
        var separator = '?';
        foreach (var (name, value) in ToParameters())
        {
            if (value is string text && name != "page")
            {
                builder.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(text));
                separator = '&';
            }
        }

        return builder.ToString();
    }
}

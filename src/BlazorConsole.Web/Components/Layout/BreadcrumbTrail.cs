using MudBlazor;

namespace BlazorConsole.Web.Components.Layout;

/// <summary>The breadcrumb trail of a console address: the home (tenants), the section, then the item.</summary>
public static class BreadcrumbTrail
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tenants"] = "Tenants",
        ["tasks"] = "Tasks",
        ["reports"] = "Reports",
        ["ksc"] = "KSC connection",
        ["hierarchy"] = "Server hierarchy",
        ["integrations"] = "Integrations",
        ["sandbox"] = "Sandbox",
        ["reference"] = "Reference",
        ["reference/api"] = "API reference",
        ["access"] = "Access",
        ["access/accounts"] = "Accounts",
        ["not-found"] = "Page not found",
        ["access/audit"] = "Audit log",
        ["access/connections"] = "API connections",
    };

    private static readonly Dictionary<string, string> ItemTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tenants"] = "Tenant",
        ["tasks"] = "Task",
        ["integrations"] = "Integration",
    };

    /// <summary>The trail for a base-relative path (<c>tasks/0193…?state=Running</c>); the last crumb is the current page.</summary>
    public static List<BreadcrumbItem> For(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = relativePath.Split('?', '#')[0].Trim('/');
        var segments = path.Length == 0 ? [] : path.Split('/');
        List<BreadcrumbItem> items = [new("Console", "/tenants")];
        if (segments.Length == 0)
        {
            items.Add(new("Tenants", "/tenants"));
        }
        else if (segments.Length >= 2 && Titles.TryGetValue($"{segments[0]}/{segments[1]}", out var nested))
        {
            items.Add(new(nested, "/" + string.Join('/', segments[..2])));
        }
        else
        {
            var section = segments[0];
            items.Add(new(Titles.GetValueOrDefault(section, section), "/" + section));
            if (segments.Length >= 2)
            {
                var item = ItemTitles.GetValueOrDefault(section, "Details");
                var id = segments[1];
                items.Add(new($"{item} {(id.Length > 8 ? id[..8] : id)}", "/" + string.Join('/', segments)));
            }
        }

        // the current page is the last crumb, shown but not a link
        var last = items[^1];
        items[^1] = new BreadcrumbItem(last.Text, last.Href, disabled: true);
        return items;
    }
}

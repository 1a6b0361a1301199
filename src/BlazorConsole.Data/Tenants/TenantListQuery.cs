using BlazorConsole.Core.Tenants;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Tenants;

/// <summary>
/// The SQL of the tenant list, shared by the paged list and the CSV export so that both show exactly the same
/// view: search (name key or upper-cased description), status and type filters, and the order with a unique
/// tie-breaker. The VM count is a correlated COUNT over IX_VirtualMachines_TenantId_Name, never a query per row.
/// </summary>
internal static class TenantListQuery
{
    public static IQueryable<Tenant> Filter(IQueryable<Tenant> tenants, TenantQuery query)
    {
        if (query.TenantIds is { } ids)
        {
            tenants = tenants.Where(t => ids.Contains(t.Id));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var key = query.Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL UPPER(), not run in .NET
            tenants = tenants.Where(t => EF.Property<string>(t, TenantConfiguration.NameKey).Contains(key)
                || (t.Description != null && t.Description.ToUpper().Contains(key)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (query.Status is { } status)
        {
            tenants = tenants.Where(t => t.Status == status);
        }

        if (query.Type is { } type)
        {
            tenants = tenants.Where(t => t.Type == type);
        }

        return tenants;
    }

    public static IQueryable<Row> WithVmCount(ConsoleDbContext db, IQueryable<Tenant> tenants) =>
        tenants.Select(t => new Row { Tenant = t, VmCount = db.VirtualMachines.Count(v => v.TenantId == t.Id) });

    public static IQueryable<Row> Order(IQueryable<Row> rows, TenantQuery query) => (query.Sort, query.Descending) switch
    {
        (TenantSort.Status, false) => rows.OrderBy(r => r.Tenant.Status).ThenBy(r => EF.Property<string>(r.Tenant, TenantConfiguration.NameKey)),
        (TenantSort.Status, true) => rows.OrderByDescending(r => r.Tenant.Status).ThenBy(r => EF.Property<string>(r.Tenant, TenantConfiguration.NameKey)),
        (TenantSort.Type, false) => rows.OrderBy(r => r.Tenant.Type).ThenBy(r => EF.Property<string>(r.Tenant, TenantConfiguration.NameKey)),
        (TenantSort.Type, true) => rows.OrderByDescending(r => r.Tenant.Type).ThenBy(r => EF.Property<string>(r.Tenant, TenantConfiguration.NameKey)),
        (TenantSort.VmCount, false) => rows.OrderBy(r => r.VmCount).ThenBy(r => EF.Property<string>(r.Tenant, TenantConfiguration.NameKey)),
        (TenantSort.VmCount, true) => rows.OrderByDescending(r => r.VmCount).ThenBy(r => EF.Property<string>(r.Tenant, TenantConfiguration.NameKey)),
        (TenantSort.Created, false) => rows.OrderBy(r => r.Tenant.Created).ThenBy(r => r.Tenant.Id),
        (TenantSort.Created, true) => rows.OrderByDescending(r => r.Tenant.Created).ThenBy(r => r.Tenant.Id),
        (_, false) => rows.OrderBy(r => EF.Property<string>(r.Tenant, TenantConfiguration.NameKey)),
        (_, true) => rows.OrderByDescending(r => EF.Property<string>(r.Tenant, TenantConfiguration.NameKey)),
    };

    /// <summary>A tenant and its VM count as SQL returns them (a member-init projection, so that it can be ordered by).</summary>
    internal sealed class Row
    {
        public required Tenant Tenant { get; init; }

        public int VmCount { get; init; }

        public TenantSummary ToSummary() => new(Tenant, VmCount);
    }
}

using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Web.Components.Pages.Tenants;

/// <summary>One line of the tenant list; property names match <see cref="TenantSort"/> so grid sorting maps by name.</summary>
public sealed record TenantRow(Guid Id, string Name, TenantStatus Status, TenantType Type, int VmCount, DateTime Created)
{
    public static TenantRow From(TenantSummary summary) => new(
        summary.Tenant.Id,
        summary.Tenant.Name,
        summary.Tenant.Status,
        summary.Tenant.Type,
        summary.VmCount,
        summary.Tenant.Created);
}

using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;

namespace BlazorConsole.Web.Components.Pages.Tenants;

/// <summary>The services the tenant pages use beyond the tenant and task services (bulk actions, VM reads).</summary>
public static class TenantPagesRegistration
{
    public static IServiceCollection AddTenantPages(this IServiceCollection services)
    {
        services.AddSingleton<BulkTenantService>();
        services.AddSingleton<VirtualMachineQueryService>();
        return services;
    }
}

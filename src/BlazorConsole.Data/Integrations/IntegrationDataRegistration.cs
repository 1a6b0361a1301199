using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Data.Integrations;

public static class IntegrationDataRegistration
{
    /// <summary>Registers the EF stores of the Autotask integrations and their MDR connections (needs <c>AddConsoleData</c>'s context factory).</summary>
    public static IServiceCollection AddIntegrationStores(this IServiceCollection services)
    {
        services.AddSingleton<IAutotaskIntegrationStore, AutotaskIntegrationStore>();
        services.AddSingleton<ICompanyMappingStore, CompanyMappingStore>();
        services.AddSingleton<IAutotaskUsageStore, AutotaskUsageStore>();
        services.AddSingleton<IMdrConnectionStore, MdrConnectionStore>();
        services.AddSingleton<IMdrTenantMappingStore, MdrTenantMappingStore>();
        services.AddSingleton<IMdrIncidentStore, MdrIncidentStore>();
        return services;
    }
}

using BlazorConsole.Core.Integrations.Autotask;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Data.Integrations;

public static class IntegrationDataRegistration
{
    /// <summary>Registers the EF stores of the Autotask integrations (needs <c>AddConsoleData</c>'s context factory).</summary>
    public static IServiceCollection AddIntegrationStores(this IServiceCollection services)
    {
        services.AddSingleton<IAutotaskIntegrationStore, AutotaskIntegrationStore>();
        services.AddSingleton<ICompanyMappingStore, CompanyMappingStore>();
        services.AddSingleton<IAutotaskUsageStore, AutotaskUsageStore>();
        return services;
    }
}

using BlazorConsole.Clients.Autotask;
using BlazorConsole.Clients.Mdr;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Data.Integrations;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Integrations;

public static class IntegrationRegistration
{
    /// <summary>
    /// Integrations: the Autotask client (options section <c>Autotask</c>, pointed at the sandbox's simulator when it
    /// runs), the MDR client (section <c>Mdr</c>, pinned to the sandbox's MDR simulator for its address when it runs), the
    /// stores, the integration, mapping and usage services, the monthly usage worker, and the MDR integration.
    /// </summary>
    public static IServiceCollection AddConsoleIntegrations(this IServiceCollection services)
    {
        services.AddAutotaskClient();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<AutotaskClientOptions>, SandboxAutotaskClientOptions>());
        services.AddMdrClient();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<MdrClientOptions>, SandboxMdrClientOptions>());
        services.AddIntegrationStores();
        services.TryAddSingleton<IValidator<AutotaskIntegrationInput>, AutotaskIntegrationInputValidator>();
        services.TryAddSingleton<IValidator<AutotaskUsageSettings>, AutotaskUsageSettingsValidator>();
        services.AddSingleton<AutotaskIntegrationService>();
        services.AddSingleton<CompanyMappingService>();
        services.AddSingleton<AutotaskUsageService>();
        services.AddSingleton<AutotaskUsageSchedule>();
        services.AddOptions<IntegrationOptions>()
            .BindConfiguration(IntegrationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<AutotaskUsageWorker>();

        services.AddMdrIntegration();
        return services;
    }
}

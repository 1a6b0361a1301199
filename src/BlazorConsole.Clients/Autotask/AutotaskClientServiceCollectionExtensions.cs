using BlazorConsole.Core.Integrations.Autotask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Autotask;

/// <summary>Registers the Autotask REST client.</summary>
public static class AutotaskClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAutotaskConnector"/> (<see cref="AutotaskConnector"/>, a singleton that owns the transport and
    /// the API budgets) and <see cref="AutotaskClientOptions"/> bound to the <c>Autotask</c> section and validated at
    /// start-up; adds <see cref="TimeProvider.System"/> when no <see cref="TimeProvider"/> is registered.
    /// </summary>
    public static IServiceCollection AddAutotaskClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AutotaskClientOptions>().BindConfiguration(AutotaskClientOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AutotaskClientOptions>, AutotaskClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AutotaskConnector>();
        services.TryAddSingleton<IAutotaskConnector>(provider => provider.GetRequiredService<AutotaskConnector>());
        return services;
    }
}

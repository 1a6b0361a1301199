using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Ksc;

/// <summary>Registers the KSC Open API client.</summary>
public static class KscClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IKscConnector"/> (<see cref="KscConnector"/>, a singleton) and <see cref="KscClientOptions"/>
    /// bound to the <c>Ksc</c> section and validated at start-up; adds <see cref="TimeProvider.System"/> when no
    /// <see cref="TimeProvider"/> is registered.
    /// </summary>
    public static IServiceCollection AddKscClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<KscClientOptions>().BindConfiguration(KscClientOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KscClientOptions>, KscClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KscConnector>();
        services.TryAddSingleton<IKscConnector>(provider => provider.GetRequiredService<KscConnector>());
        services.TryAddSingleton<KscHierarchyConnector>();
        services.TryAddSingleton<IKscHierarchyConnector>(provider => provider.GetRequiredService<KscHierarchyConnector>());
        return services;
    }
}

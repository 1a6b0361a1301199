using BlazorConsole.Core.Integrations.Mdr;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Mdr;

/// <summary>Registers the MDR REST client.</summary>
public static class MdrClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMdrClient"/> (<see cref="MdrClient"/>, a singleton that owns its HTTP transport) and
    /// <see cref="MdrClientOptions"/> bound to the <c>Mdr</c> section and validated at start-up; adds
    /// <see cref="TimeProvider.System"/> when no <see cref="TimeProvider"/> is registered. Calling it twice changes nothing.
    /// </summary>
    public static IServiceCollection AddMdrClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<MdrClientOptions>().BindConfiguration(MdrClientOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MdrClientOptions>, MdrClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MdrClient>();
        services.TryAddSingleton<IMdrClient>(provider => provider.GetRequiredService<MdrClient>());
        return services;
    }
}

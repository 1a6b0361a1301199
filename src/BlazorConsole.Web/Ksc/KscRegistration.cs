using BlazorConsole.Clients.Ksc;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Data.Ksc;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorConsole.Web.Ksc;

public static class KscRegistration
{
    /// <summary>
    /// KSC: the Open API client (<see cref="IKscConnector"/>, options section <c>Ksc</c>), the saved connection
    /// settings (store, monitor, service) and <see cref="IKscSessions"/> over them for the tenant tasks.
    /// </summary>
    public static IServiceCollection AddConsoleKsc(this IServiceCollection services)
    {
        services.AddKscClient();
        services.AddKscConnectionStore();
        services.AddSingleton<KscConnectionMonitor>();
        services.AddSingleton<KscConnectionService>();
        services.AddSingleton<IKscSessions, KscSessions>();
        services.TryAddSingleton<IValidator<KscConnectionInput>, KscConnectionInputValidator>();
        return services;
    }
}

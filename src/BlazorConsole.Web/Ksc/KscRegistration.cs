using BlazorConsole.Core.Ksc;
using BlazorConsole.Data.Ksc;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorConsole.Web.Ksc;

public static class KscRegistration
{
    /// <summary>
    /// The KSC connection settings: store, monitor, service, sessions for the tenant tasks and the configured
    /// status. Call it before <c>AddConsoleTasks</c> (so the saved-settings status replaces the "never configured"
    /// default) and after the KSC client's registration (its <c>IKscConnector</c> wins over the fallback here).
    /// </summary>
    public static IServiceCollection AddConsoleKsc(this IServiceCollection services)
    {
        services.AddKscConnectionStore();
        services.AddSingleton<KscConnectionMonitor>();
        services.AddSingleton<KscConnectionService>();
        services.AddSingleton<IKscSessions, KscSessions>();
        services.AddSingleton<IKscConnectionStatus, SavedKscConnectionStatus>();
        services.TryAddSingleton<IValidator<KscConnectionInput>, KscConnectionInputValidator>();
        services.TryAddSingleton<IKscConnector, NoKscClientConnector>();
        return services;
    }
}

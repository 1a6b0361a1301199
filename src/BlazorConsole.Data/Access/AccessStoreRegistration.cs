using BlazorConsole.Core.Access;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Data.Access;

public static class AccessStoreRegistration
{
    /// <summary>The stores of the access model: account tenant scopes, API connections and signing keys.</summary>
    public static IServiceCollection AddConsoleAccessStores(this IServiceCollection services)
    {
        services.AddSingleton<IAccountScopeStore, AccountScopeStore>();
        services.AddSingleton<IApiConnectionStore, ApiConnectionStore>();
        return services;
    }
}

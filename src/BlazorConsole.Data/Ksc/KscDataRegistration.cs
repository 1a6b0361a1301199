using BlazorConsole.Core.Ksc;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Data.Ksc;

public static class KscDataRegistration
{
    /// <summary>Registers the EF store of the KSC connection (needs <c>AddConsoleData</c>'s context factory).</summary>
    public static IServiceCollection AddKscConnectionStore(this IServiceCollection services) =>
        services.AddSingleton<IKscConnectionStore, KscConnectionStore>();
}

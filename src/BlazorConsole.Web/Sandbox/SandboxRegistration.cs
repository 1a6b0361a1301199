using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Web.Sandbox;

public static class SandboxRegistration
{
    /// <summary>The Development sandbox: option <c>Sandbox:Enabled</c>, the simulators and their host.</summary>
    public static IServiceCollection AddConsoleSandbox(this IServiceCollection services)
    {
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.SectionName);
        services.AddSingleton<SandboxSimulators>();
        services.AddSingleton<KscConnectionSuggestion>();
        services.AddHostedService<SandboxHost>();
        return services;
    }
}

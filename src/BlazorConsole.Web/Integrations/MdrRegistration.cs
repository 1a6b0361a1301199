using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Hosting;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Integrations;

public static class MdrRegistration
{
    /// <summary>
    /// The MDR integration: validators, the token keeper and its file journal, the connection and incident services,
    /// the sync engine and its worker (options section <c>MdrSync</c>). Needs the stores (<c>AddIntegrationStores</c>)
    /// and the MDR client (<c>AddMdrClient</c>).
    /// </summary>
    public static IServiceCollection AddMdrIntegration(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        services.AddOptions<MdrSyncOptions>()
            .BindConfiguration(MdrSyncOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IValidator<MdrConnectionInput>, MdrConnectionInputValidator>();
        services.TryAddSingleton<IValidator<MdrTicketingSettings>, MdrTicketingSettingsValidator>();
        services.TryAddSingleton<IMdrTokenJournal>(sp => new FileMdrTokenJournal(
            Path.Combine(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveDataFolder(sp.GetRequiredService<IHostEnvironment>().ContentRootPath), "mdr-tokens"),
            sp.GetRequiredService<IDataProtectionProvider>(),
            sp.GetRequiredService<ILogger<FileMdrTokenJournal>>()));
        services.TryAddSingleton<MdrTokenKeeper>();
        services.TryAddSingleton<MdrSyncEngine>();
        services.TryAddSingleton<IMdrConnectionService, MdrConnectionService>();
        services.TryAddSingleton<IMdrIncidentService, MdrIncidentService>();
        services.AddHostedService<MdrSyncWorker>();
        return services;
    }
}

using BlazorConsole.Data.Common;
using Microsoft.AspNetCore.DataProtection;

namespace BlazorConsole.Web.Hosting;

internal static class DataProtectionRegistration
{
    public const string ApplicationName = "BlazorConsole";

    /// <summary>
    /// Data Protection with its key ring in the database, every key encrypted with the certificate of
    /// <see cref="DataProtectionCertificateSource"/> (so the key ring is not stored in clear next to the secrets it
    /// protects); previous certificates still decrypt the keys they encrypted.
    /// </summary>
    public static IServiceCollection AddConsoleDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(DataProtectionSettings.SectionName).Get<DataProtectionSettings>() ?? new DataProtectionSettings();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var certificates = new DataProtectionCertificateSource(TimeProvider.System)
            .Load(settings, storage.ResolveDataFolder(environment.ContentRootPath));

        var builder = services.AddDataProtection()
            .PersistKeysToDbContext<ConsoleDbContext>()
            .SetApplicationName(ApplicationName)
            .ProtectKeysWithCertificate(certificates.Current);
        if (certificates.Previous.Count > 0)
        {
            builder.UnprotectKeysWithAnyCertificate([.. certificates.Previous]);
        }

        return services;
    }
}

using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Hosting;
using BlazorConsole.Web.Protection;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Reports;

internal static class ReportsRegistration
{
    /// <summary>Protection-period ingestion, report generation and download, retention.</summary>
    public static IServiceCollection AddConsoleReports(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        services.AddSingleton<IMultitenancySettings, MultitenancySettings>();
        services.AddSingleton<IReportFileStore>(sp => new ReportFileStore(Path.Combine(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveDataFolder(sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
            "reports")));
        services.AddSingleton<ProtectionPeriodService>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<ReportRetention>();
        services.AddSingleton<ITaskHandler, CreateTenantReportTaskHandler>();
        services.AddSingleton<ReportRetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReportRetentionWorker>());
        return services;
    }
}

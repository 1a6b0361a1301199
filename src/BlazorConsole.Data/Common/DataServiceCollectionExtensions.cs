using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Access;
using BlazorConsole.Data.Protection;
using BlazorConsole.Data.Reports;
using BlazorConsole.Data.Tasks;
using BlazorConsole.Data.Tenants;
using BlazorConsole.Data.VirtualMachines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Data.Common;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the pooled context factory of the chosen provider and the stores.</summary>
    public static IServiceCollection AddConsoleData(this IServiceCollection services, DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddPooledDbContextFactory<PostgresConsoleDbContext>(o => o.UseNpgsql(options.ConnectionString));
            services.AddSingleton<IDbContextFactory<ConsoleDbContext>, ContextFactory<PostgresConsoleDbContext>>();
        }
        else
        {
            services.AddPooledDbContextFactory<SqliteConsoleDbContext>(o => o.UseSqlite(options.ConnectionString));
            services.AddSingleton<IDbContextFactory<ConsoleDbContext>, ContextFactory<SqliteConsoleDbContext>>();
        }

        // ASP.NET Core Identity and Data Protection want a scoped context
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext());
        services.AddSingleton(options);
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ITenantStore, TenantStore>();
        services.AddSingleton<IVirtualMachineStore, VirtualMachineStore>();
        services.AddSingleton<ITaskStore, TaskStore>();
        services.AddSingleton<ITaskCentreStore, TaskCentreStore>();
        services.AddSingleton<IProtectionPeriodStore, ProtectionPeriodStore>();
        services.AddSingleton<IProtectionReportStore, ProtectionReportStore>();
        services.AddSingleton<IReportListStore, ReportListStore>();
        services.AddSingleton<IReportRowSource, ReportRowSource>();
        services.AddSingleton<ITenantExportSource, TenantExportSource>();
        services.AddSingleton<IVirtualMachineQueries, VirtualMachineQueries>();
        services.AddConsoleAccessStores();
        return services;
    }
}

using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Web.Tasks;

public static class TaskRegistration
{
    /// <summary>The task engine: options, runner, handlers, worker, history purge and the "task-worker" health check.</summary>
    public static IServiceCollection AddConsoleTasks(this IServiceCollection services)
    {
        services.AddOptions<TaskOptions>()
            .BindConfiguration(TaskOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // the KSC steps of complete tenants; IKscSessions comes from the KSC connection settings (AddConsoleKsc)
        services.AddSingleton<CompleteTenantProvisioning>();
        services.AddSingleton<TenantArtifactRemoval>();
        services.AddSingleton<ITaskHandler, CreateTenantTaskHandler>();
        services.AddSingleton<ITaskHandler, ChangeTenantActivationTaskHandler>();
        services.AddSingleton<ITaskHandler, DeleteTenantTaskHandler>();
        services.AddSingleton<ITaskHandler, BulkTenantTaskHandler>();

        services.AddSingleton<TaskRunner>();
        services.AddSingleton<TaskHistoryPurge>();
        services.AddSingleton<TaskWorkerHealth>();
        services.AddHostedService<TaskWorker>();
        services.AddHealthChecks().AddCheck<TaskWorkerHealth>(TaskWorkerHealth.Name);
        return services;
    }
}

using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

        // until a KSC connection can be configured, tasks that need KSC fail with KSC_ServiceNotConfigured
        services.TryAddSingleton<IKscConnectionStatus, UnconfiguredKscConnectionStatus>();
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

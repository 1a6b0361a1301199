using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Audit;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorConsole.Web.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// The audit log: options, store, service, the actor context (requests and circuits), the retention worker, and
    /// the recording decorators of the task, VM, protection-period, KSC connection, Autotask integration, MDR connection
    /// and MDR tenant mapping stores, the hierarchy connector, the company mappings and the usage pushes.
    /// Call after those stores are registered.
    /// </summary>
    public static IServiceCollection AddConsoleAudit(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>()
            .BindConfiguration(AuditOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<AuditLog>());
        services.AddSingleton<IAuditContext, AuditContextAccessor>();
        services.AddSingleton<AuditService>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, AuditCircuitHandler>());
        services.AddHostedService<AuditRetentionWorker>();

        Decorate<ITaskStore>(services, (inner, sp) => new AuditedTaskStore(inner, sp.GetRequiredService<AuditService>()));
        Decorate<IVirtualMachineStore>(services, (inner, sp) => new AuditedVirtualMachineStore(inner, sp.GetRequiredService<AuditService>()));
        Decorate<IProtectionPeriodStore>(services, (inner, sp) => new AuditedProtectionPeriodStore(inner, sp.GetRequiredService<AuditService>()));
        Decorate<IKscConnectionStore>(services, (inner, sp) => new AuditedKscConnectionStore(inner, sp.GetRequiredService<AuditService>()));
        Decorate<IAutotaskIntegrationStore>(services, (inner, sp) => new AuditedAutotaskIntegrationStore(inner, sp.GetRequiredService<AuditService>()));

        // server hierarchy changes, Autotask company mappings and usage pushes
        Decorate<IKscHierarchyConnector>(services, (inner, sp) => new AuditedHierarchyConnector(inner, sp.GetRequiredService<AuditService>()));
        Decorate<ICompanyMappingStore>(services, (inner, sp) => new AuditedCompanyMappingStore(inner, sp.GetRequiredService<AuditService>()));
        Decorate<IAutotaskUsageStore>(services, (inner, sp) => new AuditedAutotaskUsageStore(inner, sp.GetRequiredService<AuditService>()));

        // MDR: connections (added, token replaced, settings and rules changed, deleted) and tenant mappings
        Decorate<IMdrConnectionStore>(services, (inner, sp) => new AuditedMdrConnectionStore(inner, sp.GetRequiredService<AuditService>()));
        Decorate<IMdrTenantMappingStore>(services, (inner, sp) => new AuditedMdrTenantMappingStore(inner, sp.GetRequiredService<AuditService>()));
        return services;
    }

    private static void Decorate<TService>(IServiceCollection services, Func<TService, IServiceProvider, TService> wrap)
        where TService : class
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(TService))
            ?? throw new InvalidOperationException($"{typeof(TService).Name} must be registered before the audit log.");
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(typeof(TService), sp => wrap(Create<TService>(registered, sp), sp), registered.Lifetime));
    }

    private static TService Create<TService>(ServiceDescriptor registered, IServiceProvider sp)
        where TService : class =>
        (TService)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!));
}

using BlazorConsole.Core.Hierarchy;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorConsole.Web.Hierarchy;

public static class HierarchyRegistration
{
    /// <summary>
    /// The server hierarchy: <see cref="HierarchyService"/> over the saved KSC connection and the KSC client's
    /// <see cref="IKscHierarchyConnector"/> (registered by <c>AddKscClient</c>), with its validator.
    /// </summary>
    public static IServiceCollection AddConsoleHierarchy(this IServiceCollection services)
    {
        services.TryAddSingleton<IValidator<AddSecondaryInput>, AddSecondaryInputValidator>();
        services.AddSingleton<HierarchyService>();
        return services;
    }
}

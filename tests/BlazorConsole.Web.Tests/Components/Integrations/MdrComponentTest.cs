using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Sandbox;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Integrations;

/// <summary>
/// The integration base plus fakes of the two MDR services, their real validators and no sandbox simulator.
/// </summary>
public abstract class MdrComponentTest : IntegrationComponentTest
{
    // initialised before the base constructors run, so AddServices can register them
    protected FakeMdrConnectionService Mdr { get; } = new();

    protected FakeMdrIncidentService Incidents { get; } = new();

    protected override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IMdrConnectionService>(Mdr);
        services.AddSingleton<IMdrIncidentService>(Incidents);
        services.AddSingleton<IValidator<MdrConnectionInput>, MdrConnectionInputValidator>();
        services.AddSingleton<IValidator<MdrTicketingSettings>, MdrTicketingSettingsValidator>();
        services.AddSingleton(new SandboxSimulators());
    }
}

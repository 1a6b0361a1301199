using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Sandbox;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Integrations;

/// <summary>
/// The integration base plus fakes of the two MDR services, their real validators and no sandbox simulator; the signed-in user passes the Administrator policy
/// unless a test says otherwise (<see cref="SignInAsOperator"/>).
/// </summary>
public abstract class MdrComponentTest : IntegrationComponentTest
{
    protected MdrComponentTest() => Authorization.SetPolicies(AccessPolicies.Administrator);

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

    /// <summary>An Operator: reads, passes no Administrator policy.</summary>
    protected void SignInAsOperator()
    {
        Authorization.SetAuthorized("olivia");
        Authorization.SetRoles("Operator");
        Authorization.SetPolicies();
    }
}

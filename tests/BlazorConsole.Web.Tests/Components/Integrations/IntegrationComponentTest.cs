using BlazorConsole.Clients.Autotask;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Testing.Integrations;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Hosting;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Tests.Components.Integrations;

/// <summary>
/// The component base plus the integration services over in-memory stores and the real Autotask client, talking to one
/// Autotask simulator shared by the component tests (they only read from it). The signed-in user passes the Administrator
/// policy unless a test says otherwise (<see cref="SignInAsOperator"/>).
/// </summary>
public abstract class IntegrationComponentTest : ConsoleComponentTest
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private static readonly Lazy<Task<AutotaskSimulator>> SharedSimulator = new(() => AutotaskSimulator.StartAsync());

    protected IntegrationComponentTest()
    {
        Authorization.SetPolicies(AccessPolicies.Administrator);
        Simulator = SharedSimulator.Value.GetAwaiter().GetResult();
        var options = Options.Create(new AutotaskClientOptions
        {
            DiscoveryAddress = Simulator.DiscoveryAddress.ToString(),
            PinnedThumbprint = Simulator.CertificateThumbprint,
        });
        Connector = new AutotaskConnector(options, TimeProvider.System);

        // the base has resolved services already (authorization), so these come from a fallback provider
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ILoggerFactory>(new LoggerFactory([Logs]))
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton(Secrets)
            .AddSingleton<ITenantStore>(Tenants)
            .AddSingleton<IAutotaskIntegrationStore>(Stores)
            .AddSingleton<ICompanyMappingStore>(Stores)
            .AddSingleton<IAutotaskUsageStore>(Stores)
            .AddSingleton<IAutotaskConnector>(Connector)
            .AddSingleton<IValidator<AutotaskIntegrationInput>, AutotaskIntegrationInputValidator>()
            .AddSingleton<IValidator<AutotaskUsageSettings>, AutotaskUsageSettingsValidator>()
            .AddSingleton<AutotaskIntegrationService>()
            .AddSingleton<CompanyMappingService>()
            .AddSingleton<AutotaskUsageService>()
            .AddSingleton<IMdrConnectionService, FakeMdrConnectionService>()
            .BuildServiceProvider();
        Services.AddFallbackServiceProvider(services);
    }

    protected AutotaskSimulator Simulator { get; }

    /// <summary>An Operator: reads, passes no Administrator policy (the signed-in user is an administrator until then).</summary>
    protected void SignInAsOperator()
    {
        Authorization.SetAuthorized("olivia");
        Authorization.SetRoles("Operator");
        Authorization.SetPolicies();
    }

    protected AutotaskConnector Connector { get; }

    protected InMemoryIntegrationStores Stores { get; } = new();

    protected ISecretProtector Secrets { get; } = new DataProtectionSecretProtector(new EphemeralDataProtectionProvider());

    /// <summary>A saved integration of the sandbox's full API user (validated unless <paramref name="draft"/>).</summary>
    protected AutotaskIntegration SaveIntegration(int limit = 3, bool draft = false)
    {
        var integration = new AutotaskIntegration
        {
            Id = Guid.NewGuid(),
            Name = "Integration with Autotask",
            UserName = AutotaskSandboxUsers.FullUserName,
            ProtectedSecret = Secrets.Protect(AutotaskSandboxUsers.FullSecret),
            ProtectedIntegrationCode = Secrets.Protect(AutotaskSandboxUsers.IntegrationCode),
            Status = draft ? AutotaskIntegrationStatus.Draft : AutotaskIntegrationStatus.Validated,
            ZoneName = AutotaskSandboxUsers.AmericaEast,
            ValidatedAt = draft ? null : new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc),
            ManagedAccountsLimit = limit,
            BillingServiceId = AutotaskSeedData.LightAgentServiceId,
            UpdatedBy = "alice",
            Created = new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc),
            Updated = new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc),
        };
        Stores.Integrations[integration.Id] = integration;
        return integration;
    }

    /// <summary>The input of the form field labelled <paramref name="label"/>.</summary>
    protected static AngleSharp.Dom.IElement Field<T>(IRenderedComponent<T> cut, string label)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        var labelElement = cut.FindAll("label").First(l => l.TextContent.Trim() == label);
        return cut.Find($"#{labelElement.GetAttribute("for")}");
    }

    protected static void Click<T>(IRenderedComponent<T> cut, string text)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll("button").First(b => b.TextContent.Trim() == text).Click();

    protected static bool HasButton<T>(IRenderedComponent<T> cut, string text)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll("button").Any(b => b.TextContent.Trim() == text);
}

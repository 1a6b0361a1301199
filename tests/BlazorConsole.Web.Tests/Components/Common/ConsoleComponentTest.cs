using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Components.Layout;
using BlazorConsole.Web.Components.Shared;
using BlazorConsole.Web.Hosting;
using Bunit;
using Bunit.TestDoubles;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using MudBlazor.Services;

namespace BlazorConsole.Web.Tests.Components.Common;

/// <summary>
/// The base of every component test: MudBlazor services with loose JS interop and its providers rendered,
/// a signed-in administrator (change it through <see cref="Authorization"/>), and the Core services over fakes.
/// </summary>
public abstract class ConsoleComponentTest : BunitContext, IAsyncLifetime
{
    protected ConsoleComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<ILoggerFactory>(new LoggerFactory([Logs]));
        Services.AddMudServices();
        Services.AddScoped<TaskToasts>();
        Services.AddSingleton<AntiforgeryStateProvider, FakeAntiforgeryStateProvider>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<ITenantStore>(Tenants);
        Services.AddSingleton<ITaskQueue>(Tasks);
        Services.AddSingleton<IValidator<NewTenant>, NewTenantValidator>();
        Services.AddSingleton<ISecretProtector>(new DataProtectionSecretProtector(new EphemeralDataProtectionProvider()));
        Services.AddSingleton<TenantService>();
        Services.AddScoped<BreadcrumbCurrent>();
        AddServices(Services);
        Authorization = AddAuthorization();
        Authorization.SetAuthorized("admin");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Where a derived base adds its services: the last moment before the provider is first used.</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    /// <summary>Everything the components logged.</summary>
    protected CapturingLoggerProvider Logs { get; } = new();

    protected FakeTenantStore Tenants { get; } = new();

    protected FakeTaskQueue Tasks { get; } = new();

    protected BunitAuthorizationContext Authorization { get; }

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services are only asynchronously disposable, so xunit disposes the context this way.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    /// <summary>Renders a component with MudBlazor's popover provider beside it, as the layout does.</summary>
    protected IRenderedComponent<TComponent> RenderWithProviders<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        Render<MudPopoverProvider>();
        return Render(parameters);
    }
}

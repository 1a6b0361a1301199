using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Web.Components.Layout;
using BlazorConsole.Web.Components.Shared;
using BlazorConsole.Web.Hosting;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using Bunit.TestDoubles;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MudBlazor.Services;

namespace BlazorConsole.Web.Tests.Components.Tenants;

/// <summary>
/// The base of the tenant page tests, as <see cref="ConsoleComponentTest"/> (MudBlazor, a signed-in administrator,
/// captured logs) plus the real task queue and task service over <see cref="InMemoryTaskStore"/> and the bulk and
/// VM services over <see cref="InMemoryVirtualMachines"/>.
/// </summary>
public abstract class TenantComponentTest : BunitContext, IAsyncLifetime
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    /// <summary>The layout's current breadcrumb, which the detail page names after its tenant.</summary>
    protected BreadcrumbCurrent Breadcrumb { get; } = new();

    protected TenantComponentTest()
    {
        TaskRows = new InMemoryTaskStore(Notifier);
        TenantReads = new TenantStoreProbe(Tenants);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<ILoggerFactory>(new LoggerFactory([Logs]));
        Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        Services.AddMudServices();
        Services.AddScoped<TaskToasts>();
        Services.AddSingleton<AntiforgeryStateProvider, FakeAntiforgeryStateProvider>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<ITenantStore>(TenantReads);
        Services.AddSingleton<IValidator<NewTenant>, NewTenantValidator>();
        Services.AddSingleton<ISecretProtector>(new DataProtectionSecretProtector(new EphemeralDataProtectionProvider()));
        Services.AddSingleton<TenantService>();
        Services.AddSingleton(Breadcrumb);
        Services.AddSingleton(Notifier);
        Services.AddSingleton<ITaskStore>(TaskRows);
        Services.AddSingleton<TaskSignal>();
        Services.AddSingleton<ITaskQueue, TaskQueue>();
        Services.AddSingleton(_ => new TaskService(TaskRows, [], new TaskCancellations(), Notifier, TimeProvider.System, NullLogger<TaskService>.Instance));
        Services.AddSingleton<BulkTenantService>();
        Services.AddSingleton<IVirtualMachineStore>(Vms);
        Services.AddSingleton<IVirtualMachineQueries>(Vms);
        Services.AddSingleton<IValidator<NewVirtualMachine>, NewVirtualMachineValidator>();
        Services.AddSingleton<VirtualMachineService>();
        Services.AddSingleton<VirtualMachineQueryService>();
        AddServices(Services);
        Authorization = AddAuthorization();
        Authorization.SetAuthorized("admin");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Where a derived test adds its services: the last moment before the provider is first used.</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    protected CapturingLoggerProvider Logs { get; } = new();

    protected FakeTenantStore Tenants { get; } = new();

    /// <summary>The tenant store the services see: <see cref="Tenants"/> with reads that can wait or fail.</summary>
    protected TenantStoreProbe TenantReads { get; }

    protected TaskNotifier Notifier { get; } = new();

    protected InMemoryTaskStore TaskRows { get; }

    protected InMemoryVirtualMachines Vms { get; } = new();

    protected BunitAuthorizationContext Authorization { get; }

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    /// <summary>Renders a component with MudBlazor's popover and dialog providers beside it, as the layout does.</summary>
    protected IRenderedComponent<TComponent> RenderWithProviders<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        Render<MudPopoverProvider>();
        return Render(parameters);
    }

    /// <summary>Renders the dialog provider (dialogs render into it) and returns it.</summary>
    protected IRenderedComponent<MudDialogProvider> RenderDialogProvider()
    {
        Render<MudPopoverProvider>();
        return Render<MudDialogProvider>();
    }

    /// <summary>The input of the field whose label reads <paramref name="label"/> (a required field's " *" ignored).</summary>
    protected static AngleSharp.Dom.IElement Field<T>(IRenderedComponent<T> cut, string label)
        where T : IComponent
    {
        var element = cut.FindAll("label").First(l => l.TextContent.Replace("*", string.Empty, StringComparison.Ordinal).Trim() == label);
        return cut.Find($"#{element.GetAttribute("for")}");
    }

    /// <summary>The button whose text reads <paramref name="text"/>.</summary>
    protected static AngleSharp.Dom.IElement Button<T>(IRenderedComponent<T> cut, string text)
        where T : IComponent =>
        cut.FindAll("button").First(b => b.TextContent.Trim() == text);

    /// <summary>True when a button with this text is shown.</summary>
    protected static bool HasButton<T>(IRenderedComponent<T> cut, string text)
        where T : IComponent =>
        cut.FindAll("button").Any(b => b.TextContent.Trim() == text);
}

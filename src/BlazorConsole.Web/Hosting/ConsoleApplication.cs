using BlazorConsole.Core.Common;
using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Common;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Api.Common;
using BlazorConsole.Web.Api.OpenApi;
using BlazorConsole.Web.Audit;
using BlazorConsole.Web.Components;
using BlazorConsole.Web.Components.Layout;
using BlazorConsole.Web.Components.Pages.Tenants;
using BlazorConsole.Web.Components.Shared;
using BlazorConsole.Web.Hierarchy;
using BlazorConsole.Web.Integrations;
using BlazorConsole.Web.Ksc;
using BlazorConsole.Web.Reports;
using BlazorConsole.Web.Sandbox;
using BlazorConsole.Web.Tasks;
using FluentValidation;
using MudBlazor.Services;

namespace BlazorConsole.Web.Hosting;

/// <summary>The composition root: every feature registers and maps itself here, in one readable list.</summary>
public static class ConsoleApplication
{
    public static WebApplicationBuilder AddConsole(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        services.AddConsoleDatabase(configuration, builder.Environment);
        services.AddConsoleDataProtection(configuration, builder.Environment);
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddConsoleAccess(configuration);
        services.AddConsoleHealthChecks();

        services.AddOptions<MultitenancyOptions>()
            .BindConfiguration(MultitenancyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddValidatorsFromAssemblyContaining<NewTenantValidator>(ServiceLifetime.Singleton);
        services.AddSingleton<TenantService>();
        services.AddSingleton<VirtualMachineService>();
        services.AddSingleton<TaskSignal>();
        services.AddSingleton<TaskNotifier>();
        services.AddSingleton<ITaskQueue, TaskQueue>();
        services.AddSingleton<TaskCancellations>();
        services.AddSingleton<TaskService>();
        services.AddConsoleKsc();
        services.AddSingleton<TaskCentreService>();
        services.AddSingleton<ReportCatalog>();
        services.AddScoped<TaskToasts>();
        services.AddScoped<BreadcrumbCurrent>();
        services.AddConsoleHierarchy();
        services.AddConsoleTasks();
        services.AddConsoleReports();
        services.AddConsoleSandbox();
        services.AddTenantPages();
        services.AddConsoleIntegrations();
        services.AddConsoleAudit();

        services.AddConsoleOpenApi();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        builder.AddConsoleHttps();
        return builder;
    }

    /// <summary>Applies the committed migrations before anything is served.</summary>
    public static async Task PrepareConsoleAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
        await app.Services.GetRequiredService<BootstrapAdministrator>().RunAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseConsole(this WebApplication app)
    {
        app.UseConsoleErrorHandling();
        app.UseSecurityHeaders();

        // a page address that matches nothing renders the console's not-found page (GET only, so that a refused
        // form post keeps its own status); the REST API and /assets keep their plain 404s
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method)
                && !context.Request.Path.StartsWithSegments(ApiRoutes.Prefix)
                && !context.Request.Path.StartsWithSegments(AssetsHosting.RequestPath),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));

        // static files served by middleware (/assets) need no signed-in user: above authentication
        app.UseConsoleAssets();
        app.AnnounceHttps();

        // routing after the status-code pages, so that a re-executed /not-found finds its endpoint
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTwoStepEnrolment();
        app.UseRateLimiter();
        app.UseConsoleAudit();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapConsoleHealth();
        app.MapConsoleAccess();
        app.MapConsoleOidc();
        app.MapConsoleApi();
        app.MapApiTokenEndpoint();
        app.MapConsoleOpenApi();
        app.MapTenantExport();
        app.MapReportDownloads();
        app.MapAuditExport();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}

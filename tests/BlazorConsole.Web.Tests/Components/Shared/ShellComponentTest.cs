using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Components.Shared;
using BlazorConsole.Web.Tests.Components.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Shared;

/// <summary>The component base plus what the shell, the task centre and the reports page use, over in-memory fakes.</summary>
public abstract class ShellComponentTest : ConsoleComponentTest
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    protected override void AddServices(IServiceCollection services)
    {
        services.AddSingleton(Notifier);
        services.AddSingleton<ITaskCentreStore>(TaskRows);
        services.AddSingleton<ITaskStore>(TaskRows);
        services.AddSingleton<ITaskHandler, StagedTaskHandler>();
        services.AddSingleton<TaskCancellations>();
        services.AddSingleton<TaskService>();
        services.AddSingleton<TaskCentreService>();
        services.AddScoped<TaskToasts>();
        services.AddSingleton<IReportListStore>(Reports);
        services.AddSingleton<IProtectionReportStore>(Reports);
        services.AddSingleton<IReportFileStore>(Reports);
        services.AddSingleton<IMultitenancySettings>(Reports);
        services.AddSingleton<ReportService>();
        services.AddSingleton<ReportCatalog>();
    }

    protected TaskNotifier Notifier { get; } = new();

    protected FakeTaskCentre TaskRows { get; } = new();

    protected FakeReports Reports { get; } = new();
}

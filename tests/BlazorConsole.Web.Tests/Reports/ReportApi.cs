using System.Net.Http.Headers;
using System.Text;
using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Reports;

/// <summary>Calls of the protection and report API as a client makes them, with the admin's Basic credentials.</summary>
internal static class ReportApi
{
    public const string Prefix = "/api/2.0/virtualization";

    public static HttpClient CreateClient(ConsoleFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ConsoleFactory.AdminUserName}:{ConsoleFactory.AdminPassword}")));
        return client;
    }

    public static ConsoleFactory EnabledFactory()
    {
        var factory = new ConsoleFactory();
        factory.Settings["Multitenancy:EnableProtectionReports"] = "true";
        return factory;
    }

    public static Task<HttpResponseMessage> PostPeriodsAsync(HttpClient client, string xml) =>
        client.PostAsync($"{Prefix}/protection-periods", new StringContent(xml, Encoding.UTF8, "application/xml"));

    public static string Period(Guid biosId, string vmName, string start, string? end = null) =>
        $"<period biosId=\"{biosId}\" vmName=\"{vmName}\" start=\"{start}\"{(end is null ? string.Empty : $" end=\"{end}\"")}/>";

    public static string Batch(params string[] periods) => $"<protectionPeriods svmId=\"svm-1\">{string.Concat(periods)}</protectionPeriods>";

    /// <summary>
    /// Runs a queued CreateTenantReport task's plan directly, as the task runner would (the runner is another
    /// feature's), and returns the result of the last step.
    /// </summary>
    public static async Task<(bool Succeeded, string? ErrorCode, ConsoleTask Task)> RunReportTaskAsync(ConsoleFactory factory, Guid taskId)
    {
        var task = await factory.Services.GetRequiredService<ITaskStore>().GetAsync(taskId, default)
            ?? throw new InvalidOperationException($"Task {taskId} was not queued.");
        var handler = factory.Services.GetServices<ITaskHandler>().Single(h => h.Type == TaskTypes.CreateTenantReport);
        Assert.IsType<CreateTenantReportTaskHandler>(handler);
        var context = new TaskContext(task, (_, _) => Task.CompletedTask);
        foreach (var step in handler.Plan(context))
        {
            var result = await step.RunAsync(context, default);
            if (!result.IsSuccess)
            {
                return (false, result.Error.Code, task);
            }
        }

        return (true, null, task);
    }

    /// <summary>Queues a report through the REST API and runs its task; returns the report id.</summary>
    public static async Task<string> GenerateAsync(ConsoleFactory factory, HttpClient client, string query)
    {
        using var response = await client.PostAsync($"{Prefix}/reports/tenants{query}", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var taskId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var (succeeded, errorCode, task) = await RunReportTaskAsync(factory, taskId);
        Assert.True(succeeded, errorCode);
        return task.Result!;
    }
}

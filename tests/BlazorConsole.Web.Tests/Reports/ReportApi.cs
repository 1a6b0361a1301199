using System.Text;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Tests.Api.Common;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Reports;

/// <summary>Calls of the protection and report API as a client makes them, with the admin's Basic credentials.</summary>
internal static class ReportApi
{
    public const string Prefix = ApiClient.Prefix;

    public static HttpClient CreateClient(ConsoleFactory factory) => factory.CreateApiClient();

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
    /// Waits (bounded) for the task worker to finish a queued CreateTenantReport task and returns how it ended.
    /// </summary>
    public static async Task<(bool Succeeded, string? ErrorCode, ConsoleTask Task)> RunReportTaskAsync(ConsoleFactory factory, Guid taskId)
    {
        var store = factory.Services.GetRequiredService<ITaskStore>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var task = await store.GetAsync(taskId, default) ?? throw new InvalidOperationException($"Task {taskId} was not queued.");
            Assert.Equal(TaskTypes.CreateTenantReport, task.Type);
            if (task.State.IsFinal())
            {
                return (task.State == TaskState.Completed, task.ErrorCode, task);
            }

            Assert.True(DateTime.UtcNow < deadline, $"Task {taskId} is still {task.State}.");
            await Task.Delay(25);
        }
    }

    /// <summary>The id of the task a 202 Accepted answer points to in its Location header.</summary>
    public static Guid TaskIdOf(HttpResponseMessage accepted) => Guid.Parse(accepted.Headers.Location!.OriginalString.Split('/')[^1]);

    /// <summary>Queues a report through the REST API and runs its task; returns the report id.</summary>
    public static async Task<string> GenerateAsync(ConsoleFactory factory, HttpClient client, string query)
    {
        using var response = await client.PostAsync($"{Prefix}/reports/tenants{query}", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var (succeeded, errorCode, task) = await RunReportTaskAsync(factory, TaskIdOf(response));
        Assert.True(succeeded, errorCode);
        return task.Result!;
    }
}

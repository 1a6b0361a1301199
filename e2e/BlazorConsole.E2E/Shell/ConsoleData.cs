using System.Net.Http.Headers;
using System.Text;
using BlazorConsole.Core.Tasks;
using BlazorConsole.E2E.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.E2E.Shell;

/// <summary>Arranges what a flow needs before the browser opens: tenants, periods, a running task.</summary>
public static class ConsoleData
{
    /// <summary>Creates a simple tenant through the REST API and waits (bounded) for its task to complete.</summary>
    public static async Task<Guid> CreateTenantAsync(ConsoleServer server, string name)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var client = ApiClient(server);
        using var response = await client.PostAsync(
            "api/2.0/virtualization/tenants",
            new StringContent($"<tenant><name>{name}</name><type>Simple</type></tenant>", Encoding.UTF8, "application/xml"));
        response.EnsureSuccessStatusCode();
        var task = await WaitForEndAsync(server, Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]));
        if (task.State != TaskState.Completed || task.TenantId is not { } tenantId)
        {
            throw new InvalidOperationException($"The tenant '{name}' was not created: {task.ErrorCode}.");
        }

        return tenantId;
    }

    /// <summary>Sends protection periods as an SVM would.</summary>
    public static async Task PostPeriodsAsync(ConsoleServer server, string periodsXml)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var client = ApiClient(server);
        using var response = await client.PostAsync(
            "api/2.0/virtualization/protection-periods",
            new StringContent($"<protectionPeriods svmId=\"svm-e2e\">{periodsXml}</protectionPeriods>", Encoding.UTF8, "application/xml"));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Queues the slow test task and waits until it runs its waiting step.</summary>
    public static async Task<ConsoleTask> StartSlowTaskAsync(ConsoleServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var queued = await server.Services.GetRequiredService<ITaskQueue>()
            .EnqueueAsync(new TaskRequest(SlowTaskHandler.TypeName, new { }) { CreatedBy = "e2e" }, CancellationToken.None);
        var store = server.Services.GetRequiredService<ITaskStore>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await store.GetAsync(queued.Id, CancellationToken.None) is { State: TaskState.Running, Stage: SlowTaskHandler.WaitingStep } running)
            {
                return running;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The slow task did not start.");
    }

    private static async Task<ConsoleTask> WaitForEndAsync(ConsoleServer server, Guid taskId)
    {
        var store = server.Services.GetRequiredService<ITaskStore>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await store.GetAsync(taskId, CancellationToken.None) is { } task && task.State.IsFinal())
            {
                return task;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Task {taskId} did not end.");
    }

    private static HttpClient ApiClient(ConsoleServer server)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ConsoleServer.AdminUserName}:{ConsoleServer.AdminPassword}")));
        return client;
    }
}

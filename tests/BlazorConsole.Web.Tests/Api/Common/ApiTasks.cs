using System.Net;
using System.Xml.Linq;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Api.Common;

/// <summary>Waits for the task a REST call started.</summary>
internal static class ApiTasks
{
    /// <summary>Takes a 202 answer and waits (at most 10 s) until its task ends; wakes on the task notifier, re-reads on each wake.</summary>
    public static async Task<XElement> RunTaskAsync(this ConsoleFactory factory, HttpClient client, HttpResponseMessage accepted)
    {
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location!;
        var id = Guid.Parse((string)(await accepted.ReadXmlAsync()).Attribute("id")!);
        using var changed = new SemaphoreSlim(0);
        var notifier = factory.Services.GetRequiredService<TaskNotifier>();
        void OnChanged(ConsoleTask task)
        {
            if (task.Id == id)
            {
                changed.Release();
            }
        }

        notifier.TaskChanged += OnChanged;
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (true)
            {
                var task = await (await client.GetAsync(location)).ReadXmlAsync();
                if (TaskStates.TryParse(task.Element("state")?.Value, out var state) && state.IsFinal())
                {
                    return task;
                }

                var left = deadline - DateTime.UtcNow;
                Assert.True(left > TimeSpan.Zero, $"Task {id} did not end within 10 s (state {task.Element("state")?.Value}).");
                await changed.WaitAsync(TimeSpan.FromMilliseconds(Math.Min(250, left.TotalMilliseconds)));
            }
        }
        finally
        {
            notifier.TaskChanged -= OnChanged;
        }
    }
}

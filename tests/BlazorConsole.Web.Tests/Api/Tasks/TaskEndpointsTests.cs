using System.Net;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Tests.Api.Common;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Api.Tasks;

/// <summary>Runs with the task worker held, so the tasks these tests insert keep the state they were given.</summary>
public sealed class TaskEndpointsTests(HeldWorker held) : IClassFixture<HeldWorker>
{
    private readonly ConsoleFactory _factory = held.Factory;
    private readonly HttpClient _client = held.Factory.CreateApiClient();

    [Fact]
    public async Task Get_CompletedTask_Returns200WithResultAndNoError()
    {
        var task = await _factory.AddTaskAsync(TaskState.Completed, TaskTypes.ChangeTenantActivation);

        var response = await _client.GetApiAsync($"/tasks/{task.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = await response.ReadXmlAsync();
        Assert.Equal("task", xml.Name.LocalName);
        Assert.Equal(task.Id.ToString(), (string?)xml.Attribute("id"));
        Assert.Equal("2026-11-23T10:00:00", (string?)xml.Attribute("created"));
        ApiClient.AssertWireTime((string?)xml.Attribute("stateChanged"));
        ApiClient.AssertWireTime((string?)xml.Attribute("changed"));
        Assert.Equal("Completed", xml.Element("state")?.Value);
        Assert.Equal(TaskTypes.ChangeTenantActivation, xml.Element("type")?.Value);
        Assert.Equal("Done", xml.Element("stage")?.Value);
        Assert.Equal("100", xml.Element("progress")?.Value);
        Assert.Equal("true", xml.Element("result")?.Value);
        Assert.Null(xml.Element("error"));
    }

    [Fact]
    public async Task Get_CompletedCreateTenantTask_ResultHoldsTheTenantElement()
    {
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = "Result tenant", Type = TenantType.Simple, Status = TenantStatus.Active };
        var task = await _factory.AddTaskAsync(TaskState.Completed, TaskTypes.CreateTenant, result: TenantJson.Serialize(tenant));

        var xml = await (await _client.GetApiAsync($"/tasks/{task.Id}")).ReadXmlAsync();

        var created = xml.Element("result")?.Element("tenant");
        Assert.NotNull(created);
        Assert.Equal(tenant.Id.ToString(), (string?)created.Attribute("id"));
        Assert.Equal("Result tenant", created.Element("name")?.Value);
    }

    [Fact]
    public async Task Get_CompletedTenantTaskWithUnreadableResult_ShowsTheResultAsText()
    {
        var task = await _factory.AddTaskAsync(TaskState.Completed, TaskTypes.DeleteTenant, result: "not json");

        var response = await _client.GetApiAsync($"/tasks/{task.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("not json", (await response.ReadXmlAsync()).Element("result")?.Value);
    }

    [Fact]
    public async Task Get_FailedTask_Returns200WithErrorCodeAndNoResult()
    {
        var task = await _factory.AddTaskAsync(TaskState.Failed);

        var xml = await (await _client.GetApiAsync($"/tasks/{task.Id}")).ReadXmlAsync();

        Assert.Equal("Failed", xml.Element("state")?.Value);
        Assert.StartsWith("KSC_ServiceNotConfigured", xml.Element("error")?.Value, StringComparison.Ordinal);
        Assert.Null(xml.Element("result"));
    }

    [Fact]
    public async Task Get_ChildTask_ShowsParentId()
    {
        var parent = await _factory.AddTaskAsync(TaskState.Running);
        var child = await _factory.AddTaskAsync(TaskState.Queued, parentId: parent.Id);

        var xml = await (await _client.GetApiAsync($"/tasks/{child.Id}")).ReadXmlAsync();

        Assert.Equal(parent.Id.ToString(), (string?)xml.Attribute("parentId"));
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("not-a-guid")]
    public async Task Get_UnknownTask_Returns404WithCode(string kind)
    {
        var id = kind == "unknown" ? Guid.NewGuid().ToString() : kind;

        var response = await _client.GetApiAsync($"/tasks/{id}");

        await response.AssertErrorAsync(404, TaskErrors.NotFoundCode);
    }

    [Fact]
    public async Task List_NoFilter_Returns200WithTasksElement()
    {
        var task = await _factory.AddTaskAsync(TaskState.Queued);

        var response = await _client.GetApiAsync("/tasks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await response.ReadXmlAsync();
        Assert.Equal("tasks", root.Name.LocalName);
        Assert.All(root.Elements(), e => Assert.Equal("task", e.Name.LocalName));
        Assert.Contains(task.Id.ToString(), root.Elements("task").Select(t => (string?)t.Attribute("id")));
    }

    [Theory]
    [InlineData("CreateTenantReport")]
    [InlineData("createtenantreport")]
    [InlineData("CREATETENANTREPORT")]
    [InlineData(" CreateTenantReport ")]
    public async Task List_KnownTypeInAnyCase_ReturnsTasksOfThatType(string type)
    {
        var created = new DateTime(2041, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(Random.Shared.Next(1_000_000));
        var report = await _factory.AddTaskAsync(TaskState.Queued, TaskTypes.CreateTenantReport, created: created);
        var other = await _factory.AddTaskAsync(TaskState.Queued, TaskTypes.CreateTenant, created: created);

        var response = await _client.GetApiAsync($"/tasks?createdFrom={WireTime(created)}&type={Uri.EscapeDataString(type)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tasks = (await response.ReadXmlAsync()).Elements("task").ToList();
        Assert.Contains(report.Id.ToString(), tasks.Select(t => (string?)t.Attribute("id")));
        Assert.DoesNotContain(other.Id.ToString(), tasks.Select(t => (string?)t.Attribute("id")));
        Assert.All(tasks, t => Assert.Equal(TaskTypes.CreateTenantReport, t.Element("type")?.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20")]
    [InlineData("%20%09")]
    public async Task List_BlankType_IsIgnored(string type)
    {
        var created = new DateTime(2042, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(Random.Shared.Next(1_000_000));
        var report = await _factory.AddTaskAsync(TaskState.Queued, TaskTypes.CreateTenantReport, created: created);
        var tenant = await _factory.AddTaskAsync(TaskState.Queued, TaskTypes.CreateTenant, created: created);

        var ids = await ListIdsAsync($"?createdFrom={WireTime(created)}&type={type}");

        Assert.Contains(report.Id.ToString(), ids);
        Assert.Contains(tenant.Id.ToString(), ids);
    }

    [Fact]
    public async Task List_UnknownTypeFilter_MatchesExactlyOnly()
    {
        var type = ApiTestData.UniqueName("Probe");
        var task = await _factory.AddTaskAsync(TaskState.Queued, type);

        var exact = await ListIdsAsync($"?type={type}");
        var otherCase = await ListIdsAsync($"?type={type.ToUpperInvariant()}");
        var unknown = await ListIdsAsync("?type=NoSuchType");

        Assert.Equal([task.Id.ToString()], exact);
        Assert.Empty(otherCase);
        Assert.Empty(unknown);
    }

    [Fact]
    public async Task List_StateFilter_ReturnsOnlyThatStateInAnyCase()
    {
        var type = ApiTestData.UniqueName("Probe");
        var queued = await _factory.AddTaskAsync(TaskState.Queued, type);
        var failed = await _factory.AddTaskAsync(TaskState.Failed, type);

        Assert.Equal([failed.Id.ToString()], await ListIdsAsync($"?type={type}&state=Failed"));
        Assert.Equal([queued.Id.ToString()], await ListIdsAsync($"?type={type}&state=queued"));
        Assert.Empty(await ListIdsAsync($"?type={type}&state=Running"));
    }

    [Fact]
    public async Task List_CreatedFromFilter_ReturnsTasksCreatedAtOrAfter()
    {
        var type = ApiTestData.UniqueName("Probe");
        await _factory.AddTaskAsync(TaskState.Queued, type, created: new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var onTime = await _factory.AddTaskAsync(TaskState.Queued, type, created: new DateTime(2030, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        var later = await _factory.AddTaskAsync(TaskState.Completed, type, created: new DateTime(2030, 1, 3, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal([onTime.Id.ToString(), later.Id.ToString()], await ListIdsAsync($"?type={type}&createdFrom=2030-01-02T00:00:00"));
        Assert.Equal([later.Id.ToString()], await ListIdsAsync($"?type={type}&createdFrom=2030-01-02T00:00:01&state=Completed"));
    }

    [Theory]
    [InlineData("?createdFrom=yesterday")]
    [InlineData("?createdFrom=2030-13-01T00:00:00")]
    [InlineData("?createdFrom=2030-01-01")]
    [InlineData("?state=Sleeping")]
    [InlineData("?state=5")]
    public async Task List_BadFilter_Returns400InvalidParameterValue(string query)
    {
        var response = await _client.GetApiAsync($"/tasks{query}");

        await response.AssertErrorAsync(400, "VIRMT_InvalidParameterValue");
    }

    [Fact]
    public async Task Cancel_QueuedTask_Returns200WithCanceledTask()
    {
        var task = await _factory.AddTaskAsync(TaskState.Queued);

        var response = await _client.PostApiAsync($"/tasks/{task.Id}/cancel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = await response.ReadXmlAsync();
        Assert.Equal(task.Id.ToString(), (string?)xml.Attribute("id"));
        Assert.Equal("Canceled", xml.Element("state")?.Value);
        Assert.StartsWith(TaskErrors.CanceledCode, xml.Element("error")?.Value, StringComparison.Ordinal);
        Assert.Equal("Canceled", (await (await _client.GetApiAsync($"/tasks/{task.Id}")).ReadXmlAsync()).Element("state")?.Value);
    }

    [Fact]
    public async Task Cancel_TaskQueuedThroughTheApi_Returns200()
    {
        var created = await _client.PostXmlAsync("/tenants", $"<tenant><name>{ApiTestData.UniqueName("cancel")}</name></tenant>");
        var location = created.Headers.Location!.OriginalString;

        var response = await _client.PostAsync($"{location}/cancel", content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Canceled", (await response.ReadXmlAsync()).Element("state")?.Value);
    }

    [Fact]
    public async Task Cancel_RunningTask_Returns202WithStoppingTask()
    {
        var task = await _factory.AddTaskAsync(TaskState.Queued);
        Assert.True(await _factory.Services.GetRequiredService<ITaskStore>().TryClaimAsync(task.Id, "test-worker", DateTime.UtcNow, DateTime.UtcNow.AddMinutes(5), CancellationToken.None));

        var response = await _client.PostApiAsync($"/tasks/{task.Id}/cancel");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Stopping", (await response.ReadXmlAsync()).Element("state")?.Value);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("not-a-guid")]
    public async Task Cancel_UnknownTask_Returns404(string kind)
    {
        var id = kind == "unknown" ? Guid.NewGuid().ToString() : kind;

        var response = await _client.PostApiAsync($"/tasks/{id}/cancel");

        await response.AssertErrorAsync(404, TaskErrors.NotFoundCode);
    }

    [Fact]
    public async Task Cancel_ChildTask_Returns405AndLeavesItQueued()
    {
        var parent = await _factory.AddTaskAsync(TaskState.Running);
        var child = await _factory.AddTaskAsync(TaskState.Queued, parentId: parent.Id);

        var response = await _client.PostApiAsync($"/tasks/{child.Id}/cancel");

        await response.AssertErrorAsync(405, "VIRMT_ChildTaskCannotBeCanceled");
        Assert.Equal("Queued", (await (await _client.GetApiAsync($"/tasks/{child.Id}")).ReadXmlAsync()).Element("state")?.Value);
    }

    [Theory]
    [InlineData(TaskState.Completed)]
    [InlineData(TaskState.Failed)]
    [InlineData(TaskState.Canceled)]
    public async Task Cancel_FinalTask_Returns409AndLeavesItAsItWas(TaskState state)
    {
        var task = await _factory.AddTaskAsync(state);

        var response = await _client.PostApiAsync($"/tasks/{task.Id}/cancel");

        await response.AssertErrorAsync(409, "VIRMT_TaskAlreadyFinished");
        Assert.Equal(state.ToString(), (await (await _client.GetApiAsync($"/tasks/{task.Id}")).ReadXmlAsync()).Element("state")?.Value);
    }

    private static string WireTime(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH':'mm':'ss", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<List<string?>> ListIdsAsync(string query) =>
        (await (await _client.GetApiAsync($"/tasks{query}")).ReadXmlAsync()).Elements("task").Select(t => (string?)t.Attribute("id")).ToList();
}

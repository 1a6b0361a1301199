using System.Net;
using System.Text;
using System.Xml.Linq;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Tests.Api.Common;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Api.Tenants;

/// <summary>
/// Flows that need the task worker (built by another helper): each creates a task through the API and waits,
/// bounded, for it to end. Exclude locally with <c>--filter "Needs!=worker"</c>.
/// </summary>

public sealed class TenantTaskFlowTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    private readonly HttpClient _client = factory.CreateApiClient();

    [Fact]
    public async Task CreateSimpleTenant_WorkerRuns_TaskCompletesWithTheTenantInItsResult()
    {
        var name = ApiTestData.UniqueName("flow");

        var task = await RunAsync(await _client.PostXmlAsync("/tenants", $"<tenant><name>{name}</name><description>d</description></tenant>"));

        Assert.Equal("Completed", task.Element("state")?.Value);
        var tenant = task.Element("result")?.Element("tenant");
        Assert.NotNull(tenant);
        Assert.Equal(name, tenant.Element("name")?.Value);
        Assert.Equal("Simple", tenant.Element("type")?.Value);
        var stored = await _client.GetApiAsync($"/tenants/{tenant.Attribute("id")?.Value}");
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    [Fact]
    public async Task CreateTenant_NameTakenInAnyCase_TaskFailsWithNameAlreadyExists()
    {
        var existing = await factory.AddTenantAsync();

        var task = await RunAsync(await _client.PostXmlAsync("/tenants", $"<tenant><name>{existing.Name.ToUpperInvariant()}</name></tenant>"));

        Assert.Equal("Failed", task.Element("state")?.Value);
        Assert.StartsWith(TenantErrors.NameAlreadyExistsCode, task.Element("error")?.Value, StringComparison.Ordinal);
        Assert.Null(task.Element("result"));
    }

    [Fact]
    public async Task CreateCompleteTenant_KscNotConfigured_TaskFailsAndNoTenantIsLeft()
    {
        var name = ApiTestData.UniqueName("complete");
        var password = Convert.ToBase64String(Encoding.UTF8.GetBytes("S3cure-Passw0rd!"));

        var task = await RunAsync(await _client.PostXmlAsync("/tenants",
            $"<tenant><name>{name}</name><vKsc><user><name>adm</name><password>{password}</password></user></vKsc></tenant>"));

        Assert.Equal("Failed", task.Element("state")?.Value);
        Assert.StartsWith("KSC_ServiceNotConfigured", task.Element("error")?.Value, StringComparison.Ordinal);
        var names = (await (await _client.GetApiAsync("/tenants")).ReadXmlAsync()).Elements("tenant").Select(t => t.Element("name")?.Value);
        Assert.DoesNotContain(name, names);
    }

    [Fact]
    public async Task Activate_InactiveTenant_TaskCompletesTrueAndTenantIsActive()
    {
        var tenant = await factory.AddTenantAsync();
        var deactivated = await RunAsync(await _client.PostApiAsync($"/tenants/{tenant.Id}/deactivate"));
        Assert.Equal("Inactive", (await (await _client.GetApiAsync($"/tenants/{tenant.Id}")).ReadXmlAsync()).Element("status")?.Value);

        var task = await RunAsync(await _client.PostApiAsync($"/tenants/{tenant.Id}/activate"));

        Assert.Equal("Completed", deactivated.Element("state")?.Value);
        Assert.Equal("Completed", task.Element("state")?.Value);
        Assert.Equal("true", task.Element("result")?.Value);
        Assert.Equal("Active", (await (await _client.GetApiAsync($"/tenants/{tenant.Id}")).ReadXmlAsync()).Element("status")?.Value);
    }

    [Fact]
    public async Task Activate_UnknownTenant_TaskFailsWithTenantNotFound()
    {
        var task = await RunAsync(await _client.PostApiAsync($"/tenants/{Guid.NewGuid()}/activate"));

        Assert.Equal("Failed", task.Element("state")?.Value);
        Assert.StartsWith(TenantErrors.NotFoundCode, task.Element("error")?.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_TenantWithVms_TaskCompletesAndTenantAndVmsAreGone()
    {
        var tenant = await factory.AddTenantAsync();
        var vm = await factory.AddVmAsync(tenant.Id);

        var task = await RunAsync(await _client.DeleteAsync($"{ApiClient.Prefix}/tenants/{tenant.Id}"));

        Assert.Equal("Completed", task.Element("state")?.Value);
        Assert.Equal(tenant.Id.ToString(), task.Element("result")?.Element("tenant")?.Attribute("id")?.Value);
        await (await _client.GetApiAsync($"/tenants/{tenant.Id}")).AssertErrorAsync(404, TenantErrors.NotFoundCode);
        var owner = await factory.AddTenantAsync();
        var reRegistered = await _client.PostXmlAsync($"/tenants/{owner.Id}/vms/register", $"<vm biosId=\"{vm.BiosId}\"/>");
        Assert.Equal(HttpStatusCode.OK, reRegistered.StatusCode);
    }

    private Task<XElement> RunAsync(HttpResponseMessage accepted) => factory.RunTaskAsync(_client, accepted);
}

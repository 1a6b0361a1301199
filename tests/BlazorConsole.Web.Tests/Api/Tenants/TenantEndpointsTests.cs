using System.Net;
using System.Text;
using System.Xml.Linq;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Tests.Api.Common;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Api.Tenants;

public sealed class TenantEndpointsTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    private static readonly string UnknownId = Guid.NewGuid().ToString();

    private readonly HttpClient _client = factory.CreateApiClient();

    [Fact]
    public async Task List_WithTenants_Returns200WithEveryTenantElement()
    {
        var first = await factory.AddTenantAsync();
        var second = await factory.AddTenantAsync(type: TenantType.Complete);

        var response = await _client.GetApiAsync("/tenants");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await response.ReadXmlAsync();
        Assert.Equal("tenants", root.Name.LocalName);
        Assert.All(root.Elements(), e => Assert.Equal("tenant", e.Name.LocalName));
        var ids = root.Elements("tenant").Select(t => (string?)t.Attribute("id")).ToList();
        Assert.Contains(first.Id.ToString(), ids);
        Assert.Contains(second.Id.ToString(), ids);
    }

    [Fact]
    public async Task Get_SimpleTenant_Returns200WithSeedShape()
    {
        var tenant = await factory.AddTenantAsync();

        var response = await _client.GetApiAsync($"/tenants/{tenant.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = await response.ReadXmlAsync();
        Assert.Equal("tenant", xml.Name.LocalName);
        Assert.Equal(tenant.Id.ToString(), (string?)xml.Attribute("id"));
        ApiClient.AssertWireTime((string?)xml.Attribute("created"));
        ApiClient.AssertWireTime((string?)xml.Attribute("updated"));
        Assert.Equal(tenant.Name, xml.Element("name")?.Value);
        Assert.Equal("A test tenant", xml.Element("description")?.Value);
        Assert.Equal("contract=<C-1>", xml.Element("userData")?.Value);
        Assert.IsType<XCData>(xml.Element("userData")!.FirstNode);
        Assert.Equal("Active", xml.Element("status")?.Value);
        Assert.Equal("Simple", xml.Element("type")?.Value);
        Assert.Null(xml.Element("vKsc"));
    }

    [Fact]
    public async Task Get_CompleteTenant_ShowsVKscWithAdministratorButNoPassword()
    {
        var tenant = await factory.AddTenantAsync(type: TenantType.Complete);

        var xml = await (await _client.GetApiAsync($"/tenants/{tenant.Id}")).ReadXmlAsync();

        var vKsc = xml.Element("vKsc");
        Assert.NotNull(vKsc);
        Assert.Equal("VS1", (string?)vKsc.Attribute("id"));
        Assert.Equal("tenant-admin", vKsc.Element("user")?.Element("name")?.Value);
        Assert.Null(vKsc.Element("user")?.Element("password"));
        Assert.Equal("Complete", xml.Element("type")?.Value);
    }

    [Theory]
    [InlineData("unknown-guid")]
    [InlineData("not-a-guid")]
    public async Task Get_UnknownTenant_Returns404WithCode(string kind)
    {
        var id = kind == "unknown-guid" ? UnknownId : "not-a-guid";

        var response = await _client.GetApiAsync($"/tenants/{id}");

        await response.AssertErrorAsync(404, TenantErrors.NotFoundCode);
    }

    [Fact]
    public async Task Create_SimpleTenant_Returns202WithQueuedTaskAndLocation()
    {
        var name = ApiTestData.UniqueName("simple");

        var response = await _client.PostXmlAsync("/tenants", $"<tenant><name>{name}</name><description>d</description><userData><![CDATA[x]]></userData></tenant>");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var task = await response.ReadXmlAsync();
        Assert.Equal("task", task.Name.LocalName);
        var id = (string?)task.Attribute("id");
        Assert.True(Guid.TryParse(id, out _));
        ApiClient.AssertWireTime((string?)task.Attribute("created"));
        ApiClient.AssertWireTime((string?)task.Attribute("stateChanged"));
        ApiClient.AssertWireTime((string?)task.Attribute("changed"));
        Assert.Equal("Queued", task.Element("state")?.Value);
        Assert.Equal(TaskTypes.CreateTenant, task.Element("type")?.Value);
        Assert.Equal("0", task.Element("progress")?.Value);
        Assert.Equal($"/api/2.0/virtualization/tasks/{id}", response.Headers.Location?.OriginalString);

        var followed = await _client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Equal(id, (string?)(await followed.ReadXmlAsync()).Attribute("id"));
    }

    [Fact]
    public async Task Create_CompleteTenant_KeepsThePasswordOutOfTheTask()
    {
        var password = Convert.ToBase64String(Encoding.UTF8.GetBytes("S3cure-Passw0rd!"));

        var response = await _client.PostXmlAsync("/tenants",
            $"<tenant><name>{ApiTestData.UniqueName("complete")}</name><vKsc><user><name>adm</name><password>{password}</password></user></vKsc></tenant>");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = Guid.Parse((string)(await response.ReadXmlAsync()).Attribute("id")!);
        var stored = await factory.Services.GetRequiredService<ITaskStore>().GetAsync(id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.DoesNotContain("S3cure-Passw0rd!", stored.Input, StringComparison.Ordinal);
        Assert.DoesNotContain(password, stored.Input, StringComparison.Ordinal);
        Assert.Contains("\"type\":1", stored.Input, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<tenant><description>no name</description></tenant>", "VIRMT_MandatoryParameterIsNotSpecified")]
    [InlineData("<tenant><name>   </name></tenant>", "VIRMT_MandatoryParameterIsNotSpecified")]
    [InlineData("<tenant><name>n-{0}</name><type>Partial</type></tenant>", "VIRMT_InvalidTenantType")]
    [InlineData("<tenant><name>n-{0}</name><type>Complete</type></tenant>", "VIRMT_VKscCredentialsNotSpecified")]
    [InlineData("<tenant><name>n-{0}</name><vKsc><user><name>adm</name></user></vKsc></tenant>", "VIRMT_VKscCredentialsNotSpecified")]
    [InlineData("<tenant><name>n-{0}</name><vKsc><user><password>cGFzcw==</password></user></vKsc></tenant>", "VIRMT_VKscCredentialsNotSpecified")]
    [InlineData("<tenant><name>n-{0}</name><vKsc><user><name>adm</name><password>not base64!</password></user></vKsc></tenant>", "VIRMT_VKscCredentialsNotSpecified")]
    [InlineData("<tenant><name>n-{0}</name><preferredViisAddress>300.1.1.1</preferredViisAddress></tenant>", "VIRMT_InvalidViisAddressFormat")]
    [InlineData("<tenant><name>n-{0}</name><preferredViisAddress>host.example</preferredViisAddress></tenant>", "VIRMT_InvalidViisAddressFormat")]
    [InlineData("<tenant><name>n-{0}", "VIRMT_InvalidRequestBody")]
    [InlineData("", "VIRMT_InvalidRequestBody")]
    [InlineData("<vm><name>n-{0}</name></vm>", "VIRMT_InvalidRequestBody")]
    [InlineData("<Tenant><name>n-{0}</name></Tenant>", "VIRMT_InvalidRequestBody")]
    public async Task Create_BadBody_Returns400WithCodeAndQueuesNothing(string body, string code)
    {
        var before = await CountTasksAsync();

        var response = await _client.PostXmlAsync("/tenants", string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Guid.NewGuid().ToString("N")));

        await response.AssertErrorAsync(400, code);
        Assert.Equal(before, await CountTasksAsync());
    }

    [Fact]
    public async Task Create_DtdWithExternalEntity_Returns400AndDoesNotReadTheFile()
    {
        var secretFile = Path.Combine(factory.DataFolder, "secret.txt");
        await File.WriteAllTextAsync(secretFile, "TOP-SECRET-CONTENT");
        var before = await CountTasksAsync();
        var body = $"""<?xml version="1.0"?><!DOCTYPE tenant [<!ENTITY xxe SYSTEM "file://{secretFile}">]><tenant><name>&xxe;</name></tenant>""";

        var response = await _client.PostXmlAsync("/tenants", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("VIRMT_InvalidRequestBody", text, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET-CONTENT", text, StringComparison.Ordinal);
        Assert.Equal(before, await CountTasksAsync());
    }

    [Fact]
    public async Task Create_InternalEntityExpansion_Returns400()
    {
        var body = """<!DOCTYPE tenant [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><tenant><name>&b;</name></tenant>""";

        var response = await _client.PostXmlAsync("/tenants", body);

        await response.AssertErrorAsync(400, "VIRMT_InvalidRequestBody");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Create_BodyOver1MiB_Returns413(bool withContentLength)
    {
        var before = await CountTasksAsync();
        var bytes = Encoding.UTF8.GetBytes($"<tenant><name>big</name><description>{new string('x', (1 << 20) + 10)}</description></tenant>");
        HttpContent content = withContentLength ? new ByteArrayContent(bytes) : new ChunkedContent(bytes);
        content.Headers.ContentType = new("application/xml");
        Assert.Equal(withContentLength, content.Headers.ContentLength is not null);
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiClient.Prefix + "/tenants") { Content = content };
        request.Headers.TransferEncodingChunked = !withContentLength;

        var response = await _client.SendAsync(request);

        await response.AssertErrorAsync(413, "VIRMT_RequestBodyTooLarge");
        Assert.Equal(before, await CountTasksAsync());
    }

    [Fact]
    public async Task Create_ChunkedBodyUnderTheLimit_Returns202()
    {
        var content = new ChunkedContent(Encoding.UTF8.GetBytes($"<tenant><name>{ApiTestData.UniqueName("chunked")}</name></tenant>"));
        content.Headers.ContentType = new("application/xml");

        var response = await _client.PostAsync(ApiClient.Prefix + "/tenants", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("activate")]
    [InlineData("deactivate")]
    public async Task ChangeActivation_KnownTenant_Returns202WithChangeTenantActivationTask(string action)
    {
        var tenant = await factory.AddTenantAsync();

        var response = await _client.PostApiAsync($"/tenants/{tenant.Id}/{action}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var task = await response.ReadXmlAsync();
        Assert.Equal(TaskTypes.ChangeTenantActivation, task.Element("type")?.Value);
        Assert.Equal($"/api/2.0/virtualization/tasks/{task.Attribute("id")?.Value}", response.Headers.Location?.OriginalString);
        var stored = await factory.Services.GetRequiredService<ITaskStore>().GetAsync(Guid.Parse(task.Attribute("id")!.Value), CancellationToken.None);
        Assert.Equal(tenant.Id, stored?.TenantId);
        Assert.Contains($"\"activate\":{(action == "activate" ? "true" : "false")}", stored?.Input, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("activate")]
    [InlineData("deactivate")]
    public async Task ChangeActivation_UnknownTenant_Returns202AsTheSeedSays(string action)
    {
        var response = await _client.PostApiAsync($"/tenants/{Guid.NewGuid()}/{action}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(TaskTypes.ChangeTenantActivation, (await response.ReadXmlAsync()).Element("type")?.Value);
    }

    [Theory]
    [InlineData("POST", "/tenants/not-a-guid/activate")]
    [InlineData("POST", "/tenants/not-a-guid/deactivate")]
    [InlineData("DELETE", "/tenants/not-a-guid")]
    public async Task TenantTask_PathIdNotAGuid_Returns404WithCode(string method, string path)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), ApiClient.Prefix + path));

        await response.AssertErrorAsync(404, TenantErrors.NotFoundCode);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("?removeTenantArtifacts=false", false)]
    [InlineData("?removeTenantArtifacts=true", true)]
    [InlineData("?removeTenantArtifacts=TRUE", true)]
    public async Task Delete_ValidParameter_Returns202WithDeleteTenantTask(string query, bool removeArtifacts)
    {
        var tenant = await factory.AddTenantAsync();

        var response = await _client.DeleteAsync($"{ApiClient.Prefix}/tenants/{tenant.Id}{query}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var task = await response.ReadXmlAsync();
        Assert.Equal(TaskTypes.DeleteTenant, task.Element("type")?.Value);
        Assert.NotNull(response.Headers.Location);
        var stored = await factory.Services.GetRequiredService<ITaskStore>().GetAsync(Guid.Parse(task.Attribute("id")!.Value), CancellationToken.None);
        Assert.Contains($"\"removeTenantArtifacts\":{(removeArtifacts ? "true" : "false")}", stored?.Input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_UnknownTenant_Returns202AsTheSeedSays()
    {
        var response = await _client.DeleteAsync($"{ApiClient.Prefix}/tenants/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("")]
    public async Task Delete_BadRemoveTenantArtifacts_Returns400AndQueuesNothing(string value)
    {
        var tenant = await factory.AddTenantAsync();
        var before = await CountTasksAsync();

        var response = await _client.DeleteAsync($"{ApiClient.Prefix}/tenants/{tenant.Id}?removeTenantArtifacts={value}");

        await response.AssertErrorAsync(400, "VIRMT_InvalidParameterValue");
        Assert.Equal(before, await CountTasksAsync());
    }

    private async Task<int> CountTasksAsync() =>
        (await (await _client.GetApiAsync("/tasks")).ReadXmlAsync()).Elements("task").Count();
}

using System.Net;
using System.Text.Json;

namespace BlazorConsole.Web.Tests.Access;

public sealed class HealthEndpointsTests : IDisposable
{
    private readonly AccessHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Get_HealthzWhileAnonymous_Returns200HealthyWithTheDatabaseCheck()
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", AccessClient.ContentTypeOf(response)?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Get_HealthzWhenTheDatabaseIsGone_Returns503Unhealthy()
    {
        using var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        File.Delete(_host.Factory.DatabasePath);
        File.WriteAllText(_host.Factory.DatabasePath, "not a database");

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }
}

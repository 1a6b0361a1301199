using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using BlazorConsole.Web.Tests.Api.Common;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Api.OpenApi;

public sealed class OpenApiDocumentTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    public static TheoryData<string, string, string[]> Methods => new()
    {
        { "get", "/api/2.0/virtualization/tenants", ["200"] },
        { "post", "/api/2.0/virtualization/tenants", ["202", "400", "413"] },
        { "get", "/api/2.0/virtualization/tenants/{tenantId}", ["200", "404"] },
        { "delete", "/api/2.0/virtualization/tenants/{tenantId}", ["202", "400"] },
        { "post", "/api/2.0/virtualization/tenants/{tenantId}/activate", ["202"] },
        { "post", "/api/2.0/virtualization/tenants/{tenantId}/deactivate", ["202"] },
        { "get", "/api/2.0/virtualization/tenants/{tenantId}/vms", ["200", "404"] },
        { "post", "/api/2.0/virtualization/tenants/{tenantId}/vms/register", ["200", "400", "404", "409", "413"] },
        { "post", "/api/2.0/virtualization/tenants/{tenantId}/vms/unregister", ["200", "400", "404"] },
        { "get", "/api/2.0/virtualization/tasks", ["200", "400"] },
        { "get", "/api/2.0/virtualization/tasks/{taskId}", ["200", "404"] },
        { "post", "/api/2.0/virtualization/tasks/{taskId}/cancel", ["200", "202", "404", "405", "409"] },
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Document_EveryMethod_HasItsReturnCodesXmlExamplesAndBasicSecurity(string method, string path, string[] codes)
    {
        using var document = await GetDocumentAsync();

        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.False(string.IsNullOrEmpty(operation.GetProperty("operationId").GetString()));
        Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()));
        var responses = operation.GetProperty("responses");
        foreach (var code in codes.Append("401").Append("403"))
        {
            Assert.True(responses.TryGetProperty(code, out _), $"{method} {path} documents {code}");
        }

        foreach (var code in codes.Where(c => c != "200" || method != "post" || !path.EndsWith("unregister", StringComparison.Ordinal)))
        {
            var xml = responses.GetProperty(code).GetProperty("content").GetProperty("application/xml");
            foreach (var example in Examples(xml))
            {
                _ = XDocument.Parse(example);
            }

            Assert.NotEmpty(Examples(xml));
        }

        Assert.Equal(JsonValueKind.Array, operation.GetProperty("security")[0].GetProperty("Basic").ValueKind);
    }

    [Fact]
    public async Task Document_CreateTenant_NamesEach400CodeWithAnErrorExample()
    {
        using var document = await GetDocumentAsync();

        var bad = document.RootElement.GetProperty("paths").GetProperty("/api/2.0/virtualization/tenants").GetProperty("post")
            .GetProperty("responses").GetProperty("400");
        var examples = bad.GetProperty("content").GetProperty("application/xml").GetProperty("examples");

        foreach (var code in new[] { "VIRMT_MandatoryParameterIsNotSpecified", "VIRMT_InvalidTenantType", "VIRMT_VKscCredentialsNotSpecified", "VIRMT_InvalidViisAddressFormat", "VIRMT_InvalidRequestBody" })
        {
            Assert.Contains(code, bad.GetProperty("description").GetString(), StringComparison.Ordinal);
            var error = XDocument.Parse(examples.GetProperty(code).GetProperty("value").GetString()!).Root!;
            Assert.Equal(code, error.Element("code")?.Value);
        }
    }

    [Fact]
    public async Task Document_RequestBodies_AreXmlExamplesOfTheirRoot()
    {
        using var document = await GetDocumentAsync();
        var paths = document.RootElement.GetProperty("paths");

        var tenant = paths.GetProperty("/api/2.0/virtualization/tenants").GetProperty("post").GetProperty("requestBody");
        var vm = paths.GetProperty("/api/2.0/virtualization/tenants/{tenantId}/vms/register").GetProperty("post").GetProperty("requestBody");

        Assert.Equal("tenant", XDocument.Parse(tenant.GetProperty("content").GetProperty("application/xml").GetProperty("example").GetString()!).Root!.Name.LocalName);
        Assert.Equal("vm", XDocument.Parse(vm.GetProperty("content").GetProperty("application/xml").GetProperty("example").GetString()!).Root!.Name.LocalName);
    }

    [Fact]
    public async Task Document_DeclaresHttpBasicSecurityScheme()
    {
        using var document = await GetDocumentAsync();

        var basic = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Basic");

        Assert.Equal("http", basic.GetProperty("type").GetString());
        Assert.Equal("basic", basic.GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Document_ListsOnlyApiRoutes()
    {
        using var document = await GetDocumentAsync();

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.All(paths, p => Assert.StartsWith("/api/2.0/virtualization/", p, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Examples(JsonElement media)
    {
        if (media.TryGetProperty("example", out var single))
        {
            yield return single.GetString()!;
        }

        if (media.TryGetProperty("examples", out var many))
        {
            foreach (var example in many.EnumerateObject())
            {
                yield return example.Value.GetProperty("value").GetString()!;
            }
        }
    }

    private async Task<JsonDocument> GetDocumentAsync()
    {
        var response = await factory.CreateApiClient().GetAsync("/openapi/v2.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

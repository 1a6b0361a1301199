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

    public static TheoryData<string, string, string, string[]> ReportAndProtectionMethods => new()
    {
        { "post", "/api/2.0/virtualization/reports/tenants", "Reports", ["202", "400", "404"] },
        { "get", "/api/2.0/virtualization/reports/tenants/{reportId}", "Reports", ["200", "206", "404", "415", "416"] },
        { "post", "/api/2.0/virtualization/protection-periods", "Protection", ["200", "400", "409", "413"] },
    };

    [Theory]
    [MemberData(nameof(ReportAndProtectionMethods))]
    public async Task Document_ReportAndProtectionMethods_HaveTagSummaryAndReturnCodes(string method, string path, string tag, string[] codes)
    {
        using var document = await GetDocumentAsync();

        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.False(string.IsNullOrEmpty(operation.GetProperty("operationId").GetString()));
        Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()));
        Assert.Equal(tag, operation.GetProperty("tags")[0].GetString());
        var responses = operation.GetProperty("responses");
        foreach (var code in codes.Append("401").Append("403"))
        {
            Assert.True(responses.TryGetProperty(code, out var response), $"{method} {path} documents {code}");
            Assert.False(string.IsNullOrEmpty(response.GetProperty("description").GetString()));
        }

        foreach (var code in codes.Where(c => c is not ("200" or "206" or "416") || path.EndsWith("protection-periods", StringComparison.Ordinal)))
        {
            var xml = responses.GetProperty(code).GetProperty("content").GetProperty("application/xml");
            Assert.NotEmpty(Examples(xml));
            foreach (var example in Examples(xml))
            {
                _ = XDocument.Parse(example);
            }
        }
    }

    [Fact]
    public async Task Document_ReportDownload_ShowsCsvBodiesAndTheAcceptAndRangeHeaders()
    {
        using var document = await GetDocumentAsync();

        var operation = document.RootElement.GetProperty("paths").GetProperty("/api/2.0/virtualization/reports/tenants/{reportId}").GetProperty("get");

        string CsvExample(string code) =>
            operation.GetProperty("responses").GetProperty(code).GetProperty("content").GetProperty("application/csv").GetProperty("example").GetString()!;
        var whole = CsvExample("200");
        Assert.All(whole.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Equal(6, line.Split(';').Length));
        Assert.StartsWith(CsvExample("206"), whole, StringComparison.Ordinal);
        Assert.True(CsvExample("206").Length < whole.Length);

        var headers = Parameters(operation).Where(p => p.GetProperty("in").GetString() == "header").Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("Accept", headers);
        Assert.Contains("Range", headers);
        Assert.Contains("VIRMT_UnsupportedReportFormat", operation.GetProperty("responses").GetProperty("415").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_GenerateReport_DescribesItsQueryParameters()
    {
        using var document = await GetDocumentAsync();

        var operation = document.RootElement.GetProperty("paths").GetProperty("/api/2.0/virtualization/reports/tenants").GetProperty("post");

        var query = Parameters(operation).Where(p => p.GetProperty("in").GetString() == "query")
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("description").GetString());
        Assert.Equal(["from", "tenantId", "to"], query.Keys.Order(StringComparer.Ordinal));
        Assert.All(query.Values, d => Assert.False(string.IsNullOrWhiteSpace(d)));
        Assert.Contains("VIRMT_TenantWithSpecifiedIdNotFound", operation.GetProperty("responses").GetProperty("404").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_Ingestion_HasTheBatchExampleAndTheSummaryAnswer()
    {
        using var document = await GetDocumentAsync();

        var operation = document.RootElement.GetProperty("paths").GetProperty("/api/2.0/virtualization/protection-periods").GetProperty("post");

        var body = XDocument.Parse(operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/xml").GetProperty("example").GetString()!).Root!;
        Assert.Equal("protectionPeriods", body.Name.LocalName);
        Assert.NotEmpty(body.Elements("period"));
        var summary = XDocument.Parse(operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/xml").GetProperty("example").GetString()!).Root!;
        Assert.Equal("protectionPeriods", summary.Name.LocalName);
        Assert.All(new[] { "received", "inserted", "closed", "unchanged" }, a => Assert.NotNull(summary.Attribute(a)));
        Assert.Contains("65536 KiB", operation.GetProperty("responses").GetProperty("413").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_LeavesOutTheCatchAllRoute()
    {
        using var document = await GetDocumentAsync();

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.DoesNotContain(paths, p => p.Contains("{path}", StringComparison.Ordinal) || p == "/api/2.0/virtualization/");
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

    private static List<JsonElement> Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters) ? [.. parameters.EnumerateArray()] : [];

    private async Task<JsonDocument> GetDocumentAsync()
    {
        var response = await factory.CreateApiClient().GetAsync("/openapi/v2.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

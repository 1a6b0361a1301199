using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BlazorConsole.Sandbox.Autotask;

namespace BlazorConsole.Clients.Tests.Autotask;

/// <summary>The simulator's wire behaviour that the protocol notes call for, checked with a plain HTTP client.</summary>
public sealed class AutotaskSimulatorWireTests : IAsyncLifetime
{
    private AutotaskSimulator _simulator = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _simulator = await AutotaskSimulator.StartAsync();
        var thumbprint = _simulator.CertificateThumbprint;
        _http = new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                certificate is not null && Convert.ToHexString(SHA256.HashData(certificate.RawData)) == thumbprint,
        });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    [Theory]
    [InlineData("atservicesrest/v1.0/zoneInformation")]
    [InlineData("ATServicesRest/V1.0/ZoneInformation")]
    [InlineData("webservices19/atservicesrest/v1.0/zoneInformation")]
    public async Task ZoneInformation_AnyCasingAndAnyZoneHost_AnswersWithoutCredentials(string path)
    {
        var answer = await GetJsonAsync(path + "?user=" + Uri.EscapeDataString(AutotaskSandboxUsers.FullUserName), HttpStatusCode.OK);

        Assert.Equal(AutotaskSandboxUsers.AmericaEast, answer["zoneName"]!.GetValue<string>());
        Assert.EndsWith("/webservices3/ATServicesRest/", answer["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(30595, answer["ci"]!.GetValue<long>());
    }

    [Fact]
    public async Task ZoneInformation_UnknownUser_Answers500WithErrors()
    {
        var answer = await GetJsonAsync("atservicesrest/v1.0/zoneInformation?user=nobody", HttpStatusCode.InternalServerError);

        Assert.NotEmpty(answer["errors"]!.AsArray());
    }

    [Fact]
    public async Task VersionInformation_ListsV10()
    {
        var answer = await GetJsonAsync("atservicesrest/versioninformation", HttpStatusCode.OK);

        Assert.Equal("v1.0", answer["apiVersions"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Api_HeaderNamesInAnyCase_AreAccepted()
    {
        using var request = Request(HttpMethod.Get, "Companies/0", lowerCaseHeaders: true);

        var answer = await SendJsonAsync(request, HttpStatusCode.OK);

        Assert.Equal(AutotaskSeedData.MspName, answer["item"]!["companyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Api_WithoutSecret_Answers401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Api("Companies/0"));
        request.Headers.Add("UserName", AutotaskSandboxUsers.FullUserName);
        request.Headers.Add("ApiIntegrationCode", AutotaskSandboxUsers.IntegrationCode);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Query_ByGetWithSearch_PagesWithGetAndPostStartedNextRefusesGet()
    {
        _simulator.AddCompanies(3, "Tiny Page");
        var search = Uri.EscapeDataString("""{"MaxRecords":2,"filter":[{"op":"beginsWith","field":"companyName","value":"Tiny Page"}]}""");
        using var first = Request(HttpMethod.Get, "Companies/query?search=" + search);

        var page = await SendJsonAsync(first, HttpStatusCode.OK);
        Assert.Equal(2, page["pageDetails"]!["count"]!.GetValue<int>());
        var next = page["pageDetails"]!["nextPageUrl"]!.GetValue<string>();
        using var second = Request(HttpMethod.Get, next);
        var last = await SendJsonAsync(second, HttpStatusCode.OK);
        Assert.Single(last["items"]!.AsArray());
        Assert.Null(last["pageDetails"]!["nextPageUrl"]);

        using var posted = Request(HttpMethod.Post, "Companies/query", """{"MaxRecords":2,"filter":[{"op":"beginsWith","field":"companyName","value":"Tiny Page"}]}""");
        var postedNext = (await SendJsonAsync(posted, HttpStatusCode.OK))["pageDetails"]!["nextPageUrl"]!.GetValue<string>();
        using var wrongVerb = Request(HttpMethod.Get, postedNext);
        var refusal = await SendJsonAsync(wrongVerb, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", refusal["Message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"filter":[{"op":"eq","field":"isActive","value":"true"}]}""")]
    [InlineData("""{"filter":[{"op":"eq","field":"isActive","value":null}]}""")]
    [InlineData("""{"MaxRecords":501,"filter":[{"op":"exist","field":"id"}]}""")]
    [InlineData("""{"MaxRecords":0,"filter":[{"op":"exist","field":"id"}]}""")]
    [InlineData("""{"filter":[]}""")]
    [InlineData("""{"MaxRecords":10}""")]
    [InlineData("""{"filter":[{"op":"like","field":"companyName","value":"x"}]}""")]
    public async Task Query_BadBody_Answers500WithErrors(string body)
    {
        using var request = Request(HttpMethod.Post, "Companies/query", body);

        var answer = await SendJsonAsync(request, HttpStatusCode.InternalServerError);

        Assert.NotEmpty(answer["errors"]!.AsArray());
    }

    [Fact]
    public async Task Query_IncludeFields_ReturnsOnlyThoseAndTheUserDefinedFields()
    {
        using var request = Request(HttpMethod.Post, "Companies/query", """{"IncludeFields":["id","companyName"],"filter":[{"op":"eq","field":"id","value":0}]}""");

        var item = (await SendJsonAsync(request, HttpStatusCode.OK))["items"]![0]!.AsObject();

        Assert.Equal(["id", "companyName", "userDefinedFields"], item.Select(pair => pair.Key));
    }

    [Fact]
    public async Task PostTicketNotes_Answers404()
    {
        using var request = Request(HttpMethod.Post, "TicketNotes", """{"ticketID":1,"description":"x","noteType":1,"publish":1}""");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CreateTicket_TenantRequiresDueDate_AnswersTheRealMessage()
    {
        await using var strict = await AutotaskSimulator.StartAsync(new AutotaskSimulatorOptions { RequireDueDateTime = true });
        var thumbprint = strict.CertificateThumbprint;
        using var http = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, certificate, _, _) => Convert.ToHexString(SHA256.HashData(certificate!.RawData)) == thumbprint });
        using var request = Request(HttpMethod.Post, new Uri(strict.ZoneApiAddress(AutotaskSandboxUsers.AmericaEast), "v1.0/Tickets").ToString(), """{"companyID":175,"title":"t","status":1,"priority":2}""");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("dueDateTime is required.; on record number [0].", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(strict.Snapshot().Tickets);
    }

    [Fact]
    public async Task CreateTicket_ExplicitNull_IsRefused()
    {
        using var request = Request(HttpMethod.Post, "Tickets", """{"companyID":175,"title":"t","status":1,"priority":2,"contactID":null}""");

        await SendJsonAsync(request, HttpStatusCode.InternalServerError);

        Assert.Empty(_simulator.Snapshot().Tickets);
    }

    private string Api(string path) => path.StartsWith("https://", StringComparison.Ordinal)
        ? path
        : new Uri(_simulator.ZoneApiAddress(AutotaskSandboxUsers.AmericaEast), "v1.0/" + path).ToString();

    private HttpRequestMessage Request(HttpMethod method, string path, string? body = null, bool lowerCaseHeaders = false)
    {
        var request = new HttpRequestMessage(method, Api(path));
        request.Headers.Add(lowerCaseHeaders ? "apiintegrationcode" : "ApiIntegrationCode", AutotaskSandboxUsers.IntegrationCode);
        request.Headers.Add(lowerCaseHeaders ? "username" : "UserName", AutotaskSandboxUsers.FullUserName);
        request.Headers.Add(lowerCaseHeaders ? "secret" : "Secret", AutotaskSandboxUsers.FullSecret);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private async Task<JsonNode> GetJsonAsync(string path, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_simulator.BaseAddress, path));
        return await SendJsonAsync(request, expected);
    }

    private async Task<JsonNode> SendJsonAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BlazorConsole.Clients.Common;
using BlazorConsole.Sandbox.Mdr;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Clients.Tests.Mdr;

/// <summary>The simulator's side of the wire, spoken to with a plain HTTP client: what the MDR client does not call yet.</summary>
public sealed class MdrSimulatorWireTests : IAsyncLifetime
{
    private MdrSimulator _simulator = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _simulator = await MdrSimulator.StartAsync(new MdrSimulatorOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2030, 5, 1, 12, 0, 0, TimeSpan.Zero)) });
        _http = new HttpClient(PinnedHttpHandler.Create(new PinnedCertificateValidator(_simulator.CertificateThumbprint)));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task IncidentsList_StatusPriorityAndSearchFilters_OnlyMatches()
    {
        var access = await AccessTokenAsync(MdrSeedData.FullAccessClientId);

        var open = await ListAsync(access, new JsonObject { ["statuses"] = new JsonArray("Open", "On hold"), ["priorities"] = new JsonArray("HIGH") });
        var searched = await ListAsync(access, new JsonObject { ["search_phrase"] = "powershell" });

        Assert.Equal(
            _simulator.Snapshot().Incidents.Where(i => i.Priority == MdrSimulatedPriority.High && i.Status is MdrSimulatedStatus.Open or MdrSimulatedStatus.OnHold).Select(i => i.IncidentId).Order(),
            open.Select(i => (string)i!["incident_id"]!).Order());
        Assert.All(open, incident => Assert.Equal("HIGH", (string)incident!["priority"]!));
        Assert.Contains("PowerShell", (string)Assert.Single(searched)!["summary"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IncidentsList_TimeWindowsAndDescendingSort_OnlyInsideInOrder()
    {
        var access = await AccessTokenAsync(MdrSeedData.FullAccessClientId);
        var incidents = _simulator.Snapshot().Incidents.OrderBy(i => i.UpdateTime).ToList();
        var from = incidents[3].UpdateTime.ToUnixTimeMilliseconds();
        var to = incidents[7].UpdateTime.ToUnixTimeMilliseconds();
        var createdFrom = incidents.Max(i => i.CreationTime).ToUnixTimeMilliseconds();

        var window = await ListAsync(access, new JsonObject { ["min_update_time"] = from, ["max_update_time"] = to, ["sort"] = "update_time:desc" });
        var newest = await ListAsync(access, new JsonObject { ["min_creation_time"] = createdFrom });

        Assert.Equal(incidents.Skip(3).Take(5).Select(i => i.IncidentId).Reverse(), window.Select(i => (string)i!["incident_id"]!));
        Assert.Single(newest);
    }

    [Fact]
    public async Task IncidentsList_FieldsAndPaging_OnlyThoseFieldsAndThatPage()
    {
        var access = await AccessTokenAsync(MdrSeedData.FullAccessClientId);

        var page = await ListAsync(access, new JsonObject { ["fields"] = new JsonArray("summary", "update_time"), ["page"] = 2, ["page_size"] = 5 });

        Assert.Equal(5, page.Count);
        Assert.All(page, incident => Assert.Equal(["incident_id", "summary", "update_time"], incident!.AsObject().Select(p => p.Key).Order()));
    }

    [Theory]
    [InlineData("""{"page_size":1001}""")]
    [InlineData("""{"page":0}""")]
    [InlineData("""{"sort":"summary:asc"}""")]
    [InlineData("""{"statuses":["Pending"]}""")]
    [InlineData("""{"min_update_time":"yesterday"}""")]
    [InlineData("""not json""")]
    public async Task IncidentsList_BadRequest_400WithError(string body)
    {
        var access = await AccessTokenAsync(MdrSeedData.FullAccessClientId);

        using var response = await PostAsync(MdrSeedData.FullAccessClientId, "incidents/list", new StringContent(body), access);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad_request", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]);
    }

    [Fact]
    public async Task ResponseUpdate_SecurityOfficer_Forbidden_SeniorOfficer_Confirmed()
    {
        var northwind = _simulator.Snapshot().Incidents.First(i => i.TenantName == MdrSeedData.Northwind);
        var response = _simulator.AddResponse(northwind.IncidentId, "isolate_host", "Isolate it");
        var officer = await AccessTokenAsync(MdrSeedData.LimitedClientId);
        var senior = await AccessTokenAsync(MdrSeedData.SeniorClientId);
        var body = new JsonObject { ["response_id"] = response.ResponseId, ["status"] = "Confirmed", ["comment"] = "Go ahead" };

        using var refused = await PostAsync(MdrSeedData.LimitedClientId, "response/update", JsonContent.Create(body), officer);
        using var accepted = await PostAsync(MdrSeedData.SeniorClientId, "response/update", JsonContent.Create(body), senior);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("forbidden", (string?)(await refused.Content.ReadFromJsonAsync<JsonObject>())!["error"]);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(("Confirmed", "Go ahead"), (_simulator.Snapshot().Responses.Single(r => r.ResponseId == response.ResponseId).Status, _simulator.Snapshot().Responses.Single(r => r.ResponseId == response.ResponseId).Comment));
    }

    [Fact]
    public async Task CommentsCreate_SignedWithTheConnectionNameAndBumpsUpdateTime()
    {
        var incident = _simulator.Snapshot().Incidents[0];
        var access = await AccessTokenAsync(MdrSeedData.FullAccessClientId);

        using var created = await PostAsync(MdrSeedData.FullAccessClientId, "comments/create", JsonContent.Create(new JsonObject { ["incident_id"] = incident.IncidentId, ["text"] = "Ticket T20300501.0001 opened" }), access);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var comment = _simulator.Snapshot().Comments[^1];
        Assert.Equal((MdrSeedData.FullAccessName, "Ticket T20300501.0001 opened"), (comment.AuthorName, comment.Text));
        Assert.True(_simulator.Snapshot().Incident(incident.IncidentId)!.UpdateTime > incident.UpdateTime);
    }

    [Fact]
    public async Task DrivingMethods_EachChange_BumpsUpdateTimeStrictly()
    {
        var raised = _simulator.RaiseIncident(MdrSeedData.Contoso, MdrSimulatedPriority.Normal, "Test incident");
        _simulator.AddComment(raised.IncidentId, "Looking into it");
        var afterComment = _simulator.Snapshot().Incident(raised.IncidentId)!.UpdateTime;
        var afterStatus = _simulator.SetStatus(raised.IncidentId, MdrSimulatedStatus.Resolved, "Fixed").UpdateTime;
        _simulator.AddResponse(raised.IncidentId, "scan_host");
        var afterResponse = _simulator.Snapshot().Incident(raised.IncidentId)!.UpdateTime;

        // the simulator's clock stands still, yet every change gets a later update time
        Assert.True(raised.UpdateTime < afterComment && afterComment < afterStatus && afterStatus < afterResponse);
        Assert.Equal((MdrSimulatedStatus.Resolved, "Fixed"), (_simulator.Snapshot().Incident(raised.IncidentId)!.Status, _simulator.Snapshot().Incident(raised.IncidentId)!.Resolution));
        Assert.Throws<ArgumentException>(() => _simulator.RaiseIncident("Nobody Inc", MdrSimulatedPriority.Low, "x"));
    }

    [Fact]
    public async Task Calls_WithoutBearerOrWithGet_RefusedAndLoggedWithoutTokens()
    {
        var refresh = _simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);
        using var exchanged = await PostAsync(MdrSeedData.FullAccessClientId, "session/confirm", JsonContent.Create(new JsonObject { ["refresh_token"] = refresh }), null);
        using var anonymous = await PostAsync(MdrSeedData.FullAccessClientId, "incidents/count", JsonContent.Create(new JsonObject()), null);
        using var get = await _http.GetAsync(new Uri(_simulator.BaseUrl + "/" + MdrSeedData.FullAccessClientId + "/incidents/list"));

        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal([200, 401, 405], _simulator.Calls.Select(call => call.Status));
        Assert.DoesNotContain(_simulator.Calls, call => call.ToString().Contains(refresh, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Faults_OnTheSecondCall_FirstSucceedsSecondFails()
    {
        var access = await AccessTokenAsync(MdrSeedData.FullAccessClientId);
        _simulator.Faults.FailCall("incidents/count", onCall: 2, MdrFaultKind.Http503);
        Assert.Equal(2, Assert.Single(_simulator.Faults.Pending).FromCall);

        using var first = await PostAsync(MdrSeedData.FullAccessClientId, "incidents/count", JsonContent.Create(new JsonObject()), access);
        using var second = await PostAsync(MdrSeedData.FullAccessClientId, "incidents/count", JsonContent.Create(new JsonObject()), access);
        using var third = await PostAsync(MdrSeedData.FullAccessClientId, "incidents/count", JsonContent.Create(new JsonObject()), access);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], new[] { first.StatusCode, second.StatusCode, third.StatusCode });
        Assert.Empty(_simulator.Faults.Pending);
    }

    private async Task<string> AccessTokenAsync(string clientId)
    {
        using var response = await PostAsync(clientId, "session/confirm", JsonContent.Create(new JsonObject { ["refresh_token"] = _simulator.IssueRefreshToken(clientId) }), null);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;
    }

    private async Task<JsonArray> ListAsync(string access, JsonObject body)
    {
        using var response = await PostAsync(MdrSeedData.FullAccessClientId, "incidents/list", JsonContent.Create(body), access);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }

    private Task<HttpResponseMessage> PostAsync(string clientId, string path, HttpContent content, string? access)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_simulator.BaseUrl + "/" + clientId + "/" + path)) { Content = content };
        if (access is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
        }

        return _http.SendAsync(request);
    }
}

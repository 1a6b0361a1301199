using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BlazorConsole.Clients.Common;
using BlazorConsole.Sandbox.Ksc;

namespace BlazorConsole.Clients.Tests.Ksc;

/// <summary>The simulator's wire protocol, seen through a plain HttpClient pinned to its certificate.</summary>
public sealed class KscSimulatorWireTests : IAsyncLifetime
{
    private KscSimulator _simulator = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _simulator = await KscSimulator.StartAsync();
        _http = new HttpClient(PinnedHttpHandler.Create(new PinnedCertificateValidator(_simulator.CertificateThumbprint)))
        {
            BaseAddress = _simulator.BaseAddress,
        };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task StartSession_KscBasicHeader_ReturnsASessionIdThatAuthorizesCalls()
    {
        var sessionId = await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword);

        var (status, answer) = await CallAsync("HostGroup.GroupIdGroups", "{}", sessionId);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(_simulator.ManagedDevicesGroupId, answer!["PxgRetVal"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("KSCBasic user=\"a3NjLWFkbWlu\", pass=\"V3Jvbmc=\", internal=\"1\"")]
    [InlineData("Basic a3NjLWFkbWluOndyb25n")]
    [InlineData("KSCBasic user=\"not base64!\", pass=\"\", internal=\"1\"")]
    [InlineData("KSCBasic user=\"a3NjLWFkbWlu\"")]
    public async Task StartSession_BadOrMalformedCredentials_Returns401(string authorization)
    {
        using var request = Post("Session.StartSession", "{}");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Call_WithoutSession_Returns403()
    {
        var (status, _) = await CallAsync("VServers.GetVServers", "{\"lParentGroup\":-1}", sessionId: null);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Call_AfterEndSession_Returns403()
    {
        var sessionId = await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync("Session.EndSession", "{}", sessionId)).Status);

        var (status, _) = await CallAsync("Session.Ping", "{}", sessionId);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Login_ConnectionBound_AuthorizesLaterCallsOnThatConnection()
    {
        using var login = Post("login", string.Empty);
        login.Headers.TryAddWithoutValidation("Authorization", Basic(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword));
        using var signedIn = await _http.SendAsync(login);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        var (status, answer) = await CallAsync("HostGroup.GroupIdGroups", "{}", sessionId: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(answer!["PxgRetVal"]);
    }

    [Fact]
    public async Task UnknownMethod_AnswersPxgErrorWithHttp200()
    {
        var sessionId = await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword);

        var (status, answer) = await CallAsync("HostGroup.NoSuchMethod", "{}", sessionId);

        Assert.Equal(HttpStatusCode.OK, status);
        var error = answer!["PxgError"]!;
        Assert.Equal(KscPxgErrors.UnknownMethod, error["code"]!.GetValue<int>());
        Assert.Equal(KscPxgErrors.StandardModule, error["module"]!.GetValue<string>());
        Assert.Contains("NoSuchMethod", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(error["locdata"]);
    }

    [Fact]
    public async Task GetVServers_WrapsParamsInArraysAndDatetimes_AndAcceptsWrappedArguments()
    {
        var server = _simulator.EnsureVirtualServer("Contoso");
        var sessionId = await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword);

        var (_, list) = await CallAsync("VServers.GetVServers", "{\"lParentGroup\":{\"type\":\"long\",\"value\":-1}}", sessionId);
        var (_, info) = await CallAsync("VServers.GetVServerInfo", $"{{\"lVServer\":{server.Id}}}", sessionId);

        var wrapped = Assert.Single(list!["PxgRetVal"]!.AsArray())!;
        Assert.Equal("params", wrapped["type"]!.GetValue<string>());
        Assert.Equal("Contoso", wrapped["value"]!["KLVSRV_DN"]!.GetValue<string>());
        Assert.Equal("datetime", wrapped["value"]!["KLVSRV_CREATED"]!["type"]!.GetValue<string>());
        Assert.Equal(server.Uid, info!["PxgRetVal"]!["KLVSRV_UID"]!.GetValue<string>());
    }

    [Fact]
    public async Task ProtectUtf16StringGlobally_ReturnsBinaryNotContainingThePlainText()
    {
        var sessionId = await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword);

        var (_, answer) = await CallAsync("DataProtectionApi.ProtectUtf16StringGlobally", "{\"szwPlainText\":\"Tenant-Adm1n!\"}", sessionId);

        var value = answer!["PxgRetVal"]!;
        Assert.Equal("binary", value["type"]!.GetValue<string>());
        var bytes = Convert.FromBase64String(value["value"]!.GetValue<string>());
        Assert.DoesNotContain("Tenant-Adm1n!", Encoding.Unicode.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddUser_PasswordNotEncryptedByTheServer_IsRefused()
    {
        var server = _simulator.EnsureVirtualServer("Contoso");
        var sessionId = await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword, server.Uid);
        var forged = Convert.ToBase64String(Encoding.Unicode.GetBytes("Tenant-Adm1n!-plus-some-padding"));

        var (_, answer) = await CallAsync(
            "SecurityPolicy.AddUser",
            $"{{\"pUser\":{{\"KLSPL_USER_NAME\":\"x\",\"KLSPL_USER_PWD_ENCRYPTED\":{{\"type\":\"binary\",\"value\":\"{forged}\"}}}}}}",
            sessionId);

        Assert.Equal(KscPxgErrors.BadArgument, answer!["PxgError"]!["code"]!.GetValue<int>());
        Assert.Empty(_simulator.Snapshot().UsersOf(server.Id));
    }

    [Fact]
    public async Task VirtualServerHeader_ByDisplayNameOrUid_SignsInThere_AndItsUsersOnlyThere()
    {
        var server = _simulator.EnsureVirtualServer("Contoso");
        _simulator.EnsureUser("contoso-admin", "Tenant-Adm1n!", server.Id);

        Assert.NotNull(await StartSessionAsync("contoso-admin", "Tenant-Adm1n!", "Contoso"));
        Assert.NotNull(await StartSessionAsync("contoso-admin", "Tenant-Adm1n!", server.Uid));
        Assert.NotNull(await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword, server.Uid));
        Assert.Null(await StartSessionAsync("contoso-admin", "Tenant-Adm1n!"));
        Assert.Null(await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword, "No such server"));
    }

    [Fact]
    public async Task VirtualServerSession_MainServerMethod_IsDenied()
    {
        var server = _simulator.EnsureVirtualServer("Contoso");
        var sessionId = await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword, server.Uid);

        var (_, answer) = await CallAsync("VServers.GetVServers", "{\"lParentGroup\":-1}", sessionId);

        Assert.Equal(KscPxgErrors.AccessDenied, answer!["PxgError"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task FindGroups_CombinedFilter_MatchesOnlyBothConditions()
    {
        var folder = _simulator.EnsureGroup("Multitenancy KSV LA");
        var contoso = _simulator.EnsureGroup("Contoso", folder);
        _simulator.EnsureGroup("Contoso");
        var sessionId = await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword);

        var (_, found) = await CallAsync(
            "HostGroup.FindGroups",
            $"{{\"wstrFilter\":\"(&(name=\\\"contoso\\\")(parentId={folder}))\",\"vecFieldsToReturn\":[\"id\",\"name\"],\"lMaxLifeTime\":60}}",
            sessionId);
        var accessor = found!["strAccessor"]!.GetValue<string>();
        var (_, chunk) = await CallAsync("ChunkAccessor.GetItemsChunk", $"{{\"strAccessor\":\"{accessor}\",\"nStart\":0,\"nCount\":100}}", sessionId);

        Assert.Equal(1, found["PxgRetVal"]!.GetValue<int>());
        var row = Assert.Single(chunk!["pChunk"]!["KLCSP_ITERATOR_ARRAY"]!.AsArray())!["value"]!;
        Assert.Equal(contoso, row["id"]!.GetValue<long>());
        Assert.Null(row["parentId"]);
    }

    [Fact]
    public async Task Faults_PxgErrorOnSecondCall_FailsOnlyThatCall()
    {
        var sessionId = await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword);
        _simulator.Faults.FailCall("Session.Ping", onCall: 2);

        var first = await CallAsync("Session.Ping", "{}", sessionId);
        var second = await CallAsync("Session.Ping", "{}", sessionId);
        var third = await CallAsync("Session.Ping", "{}", sessionId);

        Assert.Null(first.Answer!["PxgError"]);
        Assert.Equal(KscPxgErrors.Generic, second.Answer!["PxgError"]!["code"]!.GetValue<int>());
        Assert.Null(third.Answer!["PxgError"]);
        Assert.Empty(_simulator.Faults.Snapshot().Failures);
    }

    [Fact]
    public async Task Faults_Reset_RemovesEveryFault()
    {
        _simulator.Faults.RejectCredentials = true;
        _simulator.Faults.FailCall(null, kind: KscFaultKind.Http500, times: 5);
        _simulator.Faults.Delay(TimeSpan.FromMinutes(1));

        Assert.Equal(5, Assert.Single(_simulator.Faults.Snapshot().Failures).Times);

        _simulator.Faults.Reset();

        Assert.True(_simulator.Faults.Snapshot().IsEmpty);
        Assert.NotNull(await StartSessionAsync(KscSimulatorOptions.DefaultAdminUserName, KscSimulatorOptions.DefaultAdminPassword));
    }

    private static string Basic(string user, string password) =>
        $"KSCBasic user=\"{Convert.ToBase64String(Encoding.UTF8.GetBytes(user))}\", pass=\"{Convert.ToBase64String(Encoding.UTF8.GetBytes(password))}\", internal=\"1\"";

    private static HttpRequestMessage Post(string method, string body) =>
        new(HttpMethod.Post, new Uri("api/v1.0/" + method, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

    private async Task<string?> StartSessionAsync(string user, string password, string? virtualServer = null)
    {
        using var request = Post("Session.StartSession", "{}");
        request.Headers.TryAddWithoutValidation("Authorization", Basic(user, password));
        if (virtualServer is not null)
        {
            request.Headers.TryAddWithoutValidation("X-KSC-VServer", Convert.ToBase64String(Encoding.UTF8.GetBytes(virtualServer)));
        }

        using var response = await _http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["PxgRetVal"]!.GetValue<string>();
    }

    private async Task<(HttpStatusCode Status, JsonNode? Answer)> CallAsync(string method, string body, string? sessionId)
    {
        using var request = Post(method, body);
        if (sessionId is not null)
        {
            request.Headers.TryAddWithoutValidation("X-KSC-Session", sessionId);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using BlazorConsole.Sandbox.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// A simulated KSC Administration Server speaking the KSC Open API over HTTPS on 127.0.0.1 (a free port, its own
/// self-signed certificate made at start): <c>POST /api/v1.0/login</c>, <c>Session.*</c> and the HostGroup, ChunkAccessor,
/// AsyncActionStateChecker, VServers, DataProtectionApi and SecurityPolicy methods the product uses. State lives for
/// one run; <see cref="Faults"/> injects failures; <see cref="Calls"/> logs every request.
/// </summary>
public sealed class KscSimulator : IAsyncDisposable
{
    /// <summary>Path prefix of every call.</summary>
    public const string ApiPrefix = "/api/v1.0/";

    private const string SessionHeader = "X-KSC-Session";
    private const string VirtualServerHeader = "X-KSC-VServer";

    /// <summary>The scheme of the second step of a two-step sign-in.</summary>
    public const string TwoStepScheme = "KSCMFA";

    /// <summary>The body of the 401 that asks for the two-step verification code.</summary>
    public const string TwoStepPending = "Authentication not finished";
    private static readonly JsonSerializerOptions WireJson = new() { WriteIndented = false };

    private readonly KscSimulatorOptions _options;
    private readonly KscState _state;
    private readonly KscPasswordVault _vault = new();
    private readonly Lock _callsGate = new();
    private readonly List<KscCall> _calls = [];
    private SandboxServer _server = null!;

    private KscSimulator(KscSimulatorOptions options)
    {
        _options = options;
        _state = new KscState(options, _vault);
        _state.Reset();
    }

    /// <summary>Root address, e.g. <c>https://127.0.0.1:45123/</c>.</summary>
    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>The address to give a client (<c>127.0.0.1</c>).</summary>
    public string Host => BaseAddress.Host;

    /// <summary>The port it listens on.</summary>
    public int Port => BaseAddress.Port;

    /// <summary>The certificate served now.</summary>
    public X509Certificate2 Certificate => _server.Certificate;

    /// <summary>SHA-256 thumbprint of <see cref="Certificate"/>, 64 upper-case hex digits (the value a client pins).</summary>
    public string CertificateThumbprint => Convert.ToHexString(SHA256.HashData(Certificate.RawData));

    /// <summary>The options it was started with.</summary>
    public KscSimulatorOptions Options => _options;

    /// <summary>Injected failures (fail the Nth call, delays, rejected sign-ins).</summary>
    public KscFaults Faults { get; } = new();

    /// <summary>Id of the root group ("Managed devices").</summary>
    public long ManagedDevicesGroupId => _state.RootGroupId;

    /// <summary>Number of connection-independent sessions open now.</summary>
    public int OpenSessions => _state.OpenSessions;

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<KscCall> Calls
    {
        get
        {
            lock (_callsGate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Starts a simulator on a new <see cref="SandboxServer"/>.</summary>
    public static async Task<KscSimulator> StartAsync(KscSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KscSimulatorOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AdminUserName);
        ArgumentException.ThrowIfNullOrEmpty(options.AdminPassword);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ManagedDevicesGroupName);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxVirtualServers);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ActionPendingChecks);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);

        ArgumentException.ThrowIfNullOrWhiteSpace(options.HostName);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SslPort, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.SslPort, 65535);

        var simulator = new KscSimulator(options);
        simulator._server = await SandboxServer.StartAsync(simulator.MapRoutes, cancellationToken);
        simulator._state.ServerCertificate = () => simulator.Certificate.RawData;
        options.Network?.Join(simulator);
        return simulator;
    }

    /// <summary>Maps the simulator's routes on <paramref name="app"/> (done by <see cref="StartAsync"/>).</summary>
    private void MapRoutes(WebApplication app) => app.MapPost(ApiPrefix + "{method}", HandleAsync);

    /// <summary>How many calls of <paramref name="method"/> were received.</summary>
    public int CountCalls(string method) => Calls.Count(call => call.Method == method);

    /// <summary>Empties the call log.</summary>
    public void ClearCalls()
    {
        lock (_callsGate)
        {
            _calls.Clear();
        }
    }

    /// <summary>A consistent copy of groups, virtual servers, users, ACLs and devices.</summary>
    public KscSimulatorSnapshot Snapshot() => _state.Snapshot();

    /// <summary>The group <paramref name="name"/> under <paramref name="parentId"/> (default: Managed devices), created when missing; its id.</summary>
    public long EnsureGroup(string name, long? parentId = null) => Seed(() => _state.EnsureGroup(parentId ?? ManagedDevicesGroupId, name));

    /// <summary>The virtual server with this display name, created in <paramref name="parentGroupId"/> (default: Managed devices) when missing.</summary>
    public KscSimulatedVirtualServer EnsureVirtualServer(string displayName, long? parentGroupId = null) =>
        Seed(() => _state.EnsureVirtualServer(displayName, parentGroupId ?? ManagedDevicesGroupId));

    /// <summary>
    /// The user <paramref name="name"/> of the main server (<paramref name="virtualServerId"/> null) or of a virtual server,
    /// created when missing (the password policy is not applied to seeded users). Throws when the name belongs to another server.
    /// </summary>
    public KscSimulatedUser EnsureUser(string name, string password, long? virtualServerId = null) =>
        Seed(() => _state.EnsureUser(name, password, virtualServerId));

    /// <summary>Puts a device named <paramref name="hostName"/> in group <paramref name="groupId"/> (moves it when known).</summary>
    public void EnsureHost(string hostName, long groupId) => Seed(() =>
    {
        _state.EnsureHost(hostName, groupId);
        return 0;
    });

    /// <summary>Ends every session, as a restarted server would; returns how many were open.</summary>
    public int EndAllSessions() => _state.EndAllSessions();

    /// <summary>Back to the state at start: only Managed devices and the main administrator; sessions end. Faults and the call log stay.</summary>
    public void ResetState() => _state.Reset();

    /// <summary>Serves a new certificate (new key) and closes the open connections, like a server restarted with a new certificate.</summary>
    public X509Certificate2 RotateCertificate() => _server.RotateCertificate();

    /// <summary>Aborts every open TCP connection; returns how many there were.</summary>
    public int DropConnections() => _server.DropConnections();

    /// <summary>The password policy the simulator applies to SecurityPolicy.AddUser.</summary>
    public static bool MeetsPasswordPolicy(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return KscState.MeetsPasswordPolicy(password);
    }

    /// <summary>The secondaries registered on this server (as last worked out by a ServerHierarchy call).</summary>
    public IReadOnlyList<KscSimulatedSecondary> Secondaries => _state.Secondaries;

    /// <summary>This server's <c>KLSRV_MASTER_SRV</c> section: the primary it is secondary of; null while never written.</summary>
    public KscSimulatedPrimarySettings? PrimarySettings => _state.PrimarySettings;

    /// <summary>Turns on two-step verification for the user <paramref name="userName"/>; returns the TOTP secret.</summary>
    public byte[] RequireTwoStepVerification(string userName) => _state.RequireTwoStep(userName);

    /// <summary>The code an authenticator app shows now for <paramref name="userName"/> (two-step verification must be on).</summary>
    public string TwoStepCode(string userName) => KscTotp.Code(_state.RequireTwoStep(userName), _options.TimeProvider.GetUtcNow());

    internal KscPeer DescribeAsPeer() => new(_options.HostName, _options.SslPort, Certificate.RawData, _state.PrimarySettings);

    public async ValueTask DisposeAsync()
    {
        _options.Network?.Leave(this);
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _vault.Dispose();
    }

    private static T Seed<T>(Func<T> seed)
    {
        try
        {
            return seed();
        }
        catch (KscPxgException failure)
        {
            throw new InvalidOperationException(failure.Message, failure);
        }
    }

    private async Task HandleAsync(HttpContext context, string method)
    {
        var sessionId = context.Request.Headers[SessionHeader].ToString();
        var virtualServer = DecodeVirtualServer(context.Request.Headers[VirtualServerHeader].ToString());
        var session = _state.FindSession(sessionId, context.Connection.Id);
        var isSignIn = method is "login" or "Session.StartSession";
        Log(new KscCall(method, _options.TimeProvider.GetUtcNow(), isSignIn ? virtualServer : session?.VirtualServerUid));

        var (delay, failure) = Faults.OnCall(method);
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, _options.TimeProvider, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        switch (failure)
        {
            case KscFaultKind.DropConnection:
                context.Abort();
                return;
            case KscFaultKind.Http500:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            case KscFaultKind.PxgError:
                await WriteAsync(context, PxgError(new KscPxgException(KscPxgErrors.Generic, KscPxgErrors.StandardModule, "Injected failure")));
                return;
            default:
                break;
        }

        if (isSignIn)
        {
            await SignInAsync(context, method, virtualServer);
            return;
        }

        if (session is null)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        JsonObject answer;
        switch (method)
        {
            case "Session.EndSession":
                _state.EndSession(sessionId, context.Connection.Id);
                answer = [];
                break;
            case "Session.Ping":
                answer = [];
                break;
            default:
                answer = await InvokeAsync(context, method, session);
                break;
        }

        await WriteAsync(context, answer);
    }

    private async Task SignInAsync(HttpContext context, string method, string? virtualServer)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        KscSession? session;
        if (authorization.StartsWith(TwoStepScheme, StringComparison.Ordinal))
        {
            session = Faults.RejectCredentials ? null : _state.CompleteWithCode(context.Connection.Id, ParseTotp(authorization));
            if (session is null)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsync("Authentication failed", context.RequestAborted);
                return;
            }
        }
        else
        {
            var credentials = KscBasicCredentials.Parse(authorization);
            session = Faults.RejectCredentials || credentials is null ? null : _state.Authenticate(credentials, virtualServer);
            if (session is null)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            if (_state.AwaitCodeIfRequired(session, context.Connection.Id))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsync(TwoStepPending, context.RequestAborted);
                return;
            }
        }

        if (method == "login")
        {
            _state.BindConnection(context.Connection.Id, session);
            await WriteAsync(context, []);
            return;
        }

        await WriteAsync(context, new JsonObject { ["PxgRetVal"] = _state.StartSession(session) });
    }

    private async Task<JsonObject> InvokeAsync(HttpContext context, string method, KscSession session)
    {
        JsonObject args;
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            args = string.IsNullOrWhiteSpace(body) ? [] : JsonNode.Parse(body) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            return PxgError(KscPxgException.BadArgument("The request body is not a JSON object"));
        }

        try
        {
            var peers = method.StartsWith("ServerHierarchy.", StringComparison.Ordinal) && _options.Network is { } network
                ? network.PeersOf(this)
                : null;
            return _state.Invoke(method, session, args, peers);
        }
        catch (KscPxgException failure)
        {
            return PxgError(failure);
        }
    }

    /// <summary><c>KSCMFA totp="123456"</c>: the code, or null when the header is malformed.</summary>
    private static string? ParseTotp(string header)
    {
        const string Field = "totp=\"";
        var start = header.IndexOf(Field, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += Field.Length;
        var end = header.IndexOf('"', start);
        return end < 0 ? null : header[start..end];
    }

    private static string? DecodeVirtualServer(string header) =>
        string.IsNullOrEmpty(header) ? null : KscBasicCredentials.DecodeBase64(header) ?? header;

    private static JsonObject PxgError(KscPxgException failure) => new()
    {
        ["PxgError"] = new JsonObject
        {
            ["code"] = failure.Code,
            ["subcode"] = 0,
            ["module"] = failure.Module,
            ["message"] = failure.Message,
            ["file"] = "ksc-simulator",
            ["line"] = 0,
            ["locdata"] = new JsonObject
            {
                ["format-id"] = failure.Code,
                ["format"] = failure.Message,
                ["locmod"] = failure.Module,
                ["args"] = new JsonArray(),
            },
        },
    };

    private static Task WriteAsync(HttpContext context, JsonObject answer)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(answer.ToJsonString(WireJson), context.RequestAborted);
    }

    private void Log(KscCall call)
    {
        lock (_callsGate)
        {
            _calls.Add(call);
        }
    }
}

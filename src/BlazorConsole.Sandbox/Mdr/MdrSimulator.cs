using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BlazorConsole.Sandbox.Common;
using Microsoft.AspNetCore.Builder;

namespace BlazorConsole.Sandbox.Mdr;

/// <summary>
/// A simulated Kaspersky MDR REST API over HTTPS on 127.0.0.1 (a free port, its own self-signed certificate): every call
/// is <c>POST {BaseUrl}/{client_id}/{path}</c> with JSON. It issues, rotates, expires and revokes JWT tokens
/// (<c>session/confirm</c>), enforces each API connection's role and tenant scope, serves incidents (list with filters,
/// paging and sort; count; details), comments, responses and assets, logs every call without bodies or tokens
/// (<see cref="Calls"/>) and injects failures (<see cref="Faults"/>). Tests and the Sandbox page drive it: issue tokens,
/// raise incidents, comment, change status, add responses (each bumps the incident's update time). State lives for one run.
/// </summary>
public sealed partial class MdrSimulator : IAsyncDisposable
{
    /// <summary>The API root below the server's address.</summary>
    public const string ApiPath = "api/v1";

    private readonly MdrSimulatorOptions _options;
    private readonly MdrState _state;
    private readonly Lock _callsGate = new();
    private readonly List<MdrCall> _calls = [];
    private SandboxServer _server = null!;

    private MdrSimulator(MdrSimulatorOptions options)
    {
        _options = options;
        _state = new MdrState(options);
        _state.Reset();
    }

    /// <summary>The base URL an MDR connection uses, e.g. <c>https://127.0.0.1:45123/api/v1</c> (no trailing slash, like MDR's).</summary>
    public Uri BaseUrl => new(_server.BaseAddress, ApiPath);

    /// <summary>The <c>host:port</c> the simulator listens on (what a client pins the certificate for).</summary>
    public string Authority => _server.BaseAddress.Authority;

    /// <summary>The certificate served now.</summary>
    public X509Certificate2 Certificate => _server.Certificate;

    /// <summary>SHA-256 thumbprint of <see cref="Certificate"/> (64 upper-case hex digits), the value a client pins.</summary>
    public string CertificateThumbprint => Convert.ToHexString(SHA256.HashData(Certificate.RawData));

    /// <summary>The options it was started with.</summary>
    public MdrSimulatorOptions Options => _options;

    /// <summary>The API connections.</summary>
    public IReadOnlyList<MdrApiConnection> Connections => _state.Connections;

    /// <summary>The refresh token of the seeded <see cref="MdrSeedData.RevokedClientId"/> connection, revoked at start (MDR refuses it).</summary>
    public string RevokedRefreshToken => _state.RevokedRefreshToken;

    /// <summary>Injected failures.</summary>
    public MdrFaults Faults { get; } = new();

    /// <summary>Every request answered so far, oldest first.</summary>
    public IReadOnlyList<MdrCall> Calls
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
    public static async Task<MdrSimulator> StartAsync(MdrSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MdrSimulatorOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.IssuedRefreshTokenLifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.RefreshTokenLifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.AccessTokenLifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DefaultPageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.DefaultPageSize, options.MaxPageSize);
        if (options.Connections is { Count: 0 })
        {
            throw new ArgumentException("At least one API connection is needed.", nameof(options));
        }

        var simulator = new MdrSimulator(options);
        simulator._server = await SandboxServer.StartAsync(
            app => app.Map("/" + ApiPath + "/{clientId}/{**path}", (Microsoft.AspNetCore.Http.HttpContext context, string clientId, string? path) => simulator.HandleAsync(context, clientId, path)),
            cancellationToken);
        return simulator;
    }

    /// <summary>A new refresh token for the connection, as "Create an access token" in MDR gives: valid 24 h (by default), works once.</summary>
    /// <exception cref="ArgumentException">No connection has that client id.</exception>
    public string IssueRefreshToken(string clientId) => _state.IssueRefreshToken(clientId);

    /// <summary>Revokes every live token (access and refresh) of the connection, as "Revoke" in KSC does; how many.</summary>
    public int RevokeTokens(string clientId) => _state.RevokeTokens(clientId);

    /// <summary>A new Open incident of <paramref name="tenantName"/> created and updated now.</summary>
    /// <param name="affectedHosts">The hosts; null or empty: the tenant's first asset.</param>
    /// <exception cref="ArgumentException">The tenant is unknown or the summary empty.</exception>
    public MdrSimulatedIncident RaiseIncident(string tenantName, MdrSimulatedPriority priority, string summary, string? description = null, IReadOnlyList<string>? affectedHosts = null) =>
        _state.RaiseIncident(tenantName, priority, summary, description, affectedHosts);

    /// <summary>A comment by <paramref name="authorName"/> (an analyst, or an API connection's name); bumps the incident's update time.</summary>
    public MdrSimulatedComment AddComment(string incidentId, string text, string authorName = MdrSeedData.AnalystName) => _state.AddComment(incidentId, authorName, text);

    /// <summary>Changes the incident's status (and resolution when given); bumps its update time.</summary>
    public MdrSimulatedIncident SetStatus(string incidentId, MdrSimulatedStatus status, string? resolution = null) => _state.SetStatus(incidentId, status, resolution);

    /// <summary>A response waiting for the client's decision; bumps the incident's update time.</summary>
    public MdrSimulatedResponse AddResponse(string incidentId, string type, string? description = null) => _state.AddResponse(incidentId, type, description);

    /// <summary>A consistent copy of connections, tenants, assets, incidents, comments, responses and token counts.</summary>
    public MdrSimulatorSnapshot Snapshot() => _state.Snapshot();

    /// <summary>Back to the seeded data (raised incidents, comments and every token are dropped). Faults and the call log stay.</summary>
    public void ResetState() => _state.Reset();

    /// <summary>How many calls matched <paramref name="path"/> (exact, case-insensitive; trailing <c>*</c>: prefix), of <paramref name="clientId"/> when given.</summary>
    public int CountCalls(string path, string? clientId = null) => Calls.Count(call =>
        (clientId is null || string.Equals(call.ClientId, clientId, StringComparison.OrdinalIgnoreCase))
        && (path.EndsWith('*') ? call.Path.StartsWith(path[..^1], StringComparison.OrdinalIgnoreCase) : string.Equals(call.Path, path, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Empties the call log.</summary>
    public void ClearCalls()
    {
        lock (_callsGate)
        {
            _calls.Clear();
        }
    }

    /// <summary>Serves a new certificate from now on (open connections are closed); returns it.</summary>
    public X509Certificate2 RotateCertificate() => _server.RotateCertificate();

    /// <summary>Aborts every open connection; how many.</summary>
    public int DropConnections() => _server.DropConnections();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private void Log(MdrCall call)
    {
        lock (_callsGate)
        {
            _calls.Add(call);
        }
    }
}

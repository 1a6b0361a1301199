using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Core.Tests.Integrations.Mdr;

/// <summary>
/// MDR in memory, strict about tokens as the real one is: a refresh token works once, access tokens expire after an
/// hour, revoking refuses every token of the connection. Every exchange is logged with its outcome.
/// </summary>
internal sealed class FakeMdrClient(TimeProvider time) : IMdrClient
{
    public const string ClientId = "0f2c1d";
    public const string ConnectionName = "Console API";
    public static readonly TimeSpan AccessLifetime = TimeSpan.FromHours(1);

    private readonly Lock _lock = new();
    private readonly HashSet<string> _refreshTokens = [];
    private readonly Dictionary<string, DateTimeOffset> _accessTokens = [];
    private int _issued;

    public List<(string RefreshToken, bool Accepted)> Exchanges { get; } = [];

    public List<MdrIncident> Incidents { get; } = [];

    public Dictionary<string, List<MdrComment>> Comments { get; } = [];

    public Dictionary<string, List<MdrResponse>> Responses { get; } = [];

    public List<MdrAsset> Assets { get; } = [];

    public List<MdrIncidentQuery> Queries { get; } = [];

    public IReadOnlyList<string>? Scope { get; set; }

    /// <summary>When set, the next exchange waits for it (to hold two callers inside one exchange).</summary>
    public TaskCompletionSource? HoldExchange { get; set; }

    /// <summary>When set, exchanges fail with it without spending the token.</summary>
    public Error? ExchangeFailure { get; set; }

    /// <summary>A new refresh token MDR issued to an administrator (what they paste).</summary>
    public string IssueRefreshToken()
    {
        lock (_lock)
        {
            var token = $"eyJhbGciOiJIUzI1NiJ9.refresh-{++_issued}.sig";
            _refreshTokens.Add(token);
            return token;
        }
    }

    /// <summary>The connection is revoked in MDR: every token is refused.</summary>
    public void Revoke()
    {
        lock (_lock)
        {
            _refreshTokens.Clear();
            _accessTokens.Clear();
        }
    }

    public int ExchangesOf(string refreshToken)
    {
        lock (_lock)
        {
            return Exchanges.Count(e => e.RefreshToken == refreshToken);
        }
    }

    public async Task<Result<MdrTokenGrant>> ExchangeAsync(MdrEndpoint endpoint, string refreshToken, CancellationToken cancellationToken)
    {
        if (HoldExchange is { } hold)
        {
            HoldExchange = null;
            await hold.Task;
        }

        if (ExchangeFailure is { } failure)
        {
            return failure;
        }

        lock (_lock)
        {
            var accepted = endpoint.ClientId == ClientId && _refreshTokens.Remove(refreshToken);
            Exchanges.Add((refreshToken, accepted));
            if (!accepted)
            {
                return MdrErrors.RefreshTokenRejected("401");
            }

            var number = ++_issued;
            var access = $"eyJhbGciOiJIUzI1NiJ9.access-{number}.sig";
            var refresh = $"eyJhbGciOiJIUzI1NiJ9.refresh-{number}.sig";
            var expires = time.GetUtcNow() + AccessLifetime;
            _accessTokens[access] = expires;
            _refreshTokens.Add(refresh);
            return new MdrTokenGrant(access, refresh, expires, time.GetUtcNow().AddDays(30), new MdrConnectionProfile(ConnectionName, MdrRole.SecurityOfficer, Scope));
        }
    }

    public Task<Result<IReadOnlyList<MdrIncident>>> ListIncidentsAsync(MdrEndpoint endpoint, string accessToken, MdrIncidentQuery query, CancellationToken cancellationToken)
    {
        if (Check(accessToken) is { } error)
        {
            return Task.FromResult<Result<IReadOnlyList<MdrIncident>>>(error);
        }

        Queries.Add(query);
        IReadOnlyList<MdrIncident> page = [.. Matching(query).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)];
        return Task.FromResult(Result<IReadOnlyList<MdrIncident>>.Success(page));
    }

    public Task<Result<int>> CountIncidentsAsync(MdrEndpoint endpoint, string accessToken, MdrIncidentQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(Check(accessToken) is { } error ? Result<int>.Failure(error) : Result<int>.Success(Matching(query).Count()));

    public Task<Result<MdrIncident>> GetIncidentAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken)
    {
        if (Check(accessToken) is { } error)
        {
            return Task.FromResult<Result<MdrIncident>>(error);
        }

        return Task.FromResult(Incidents.FirstOrDefault(i => i.IncidentId == incidentId) is { } incident
            ? Result<MdrIncident>.Success(incident)
            : MdrErrors.NotFound("The incident"));
    }

    public Task<Result<IReadOnlyList<MdrComment>>> ListCommentsAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken) =>
        Task.FromResult(Check(accessToken) is { } error
            ? Result<IReadOnlyList<MdrComment>>.Failure(error)
            : Result<IReadOnlyList<MdrComment>>.Success(Comments.TryGetValue(incidentId, out var list) ? [.. list] : []));

    public Task<Result<IReadOnlyList<MdrResponse>>> ListResponsesAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken) =>
        Task.FromResult(Check(accessToken) is { } error
            ? Result<IReadOnlyList<MdrResponse>>.Failure(error)
            : Result<IReadOnlyList<MdrResponse>>.Success(Responses.TryGetValue(incidentId, out var list) ? [.. list] : []));

    public Task<Result<IReadOnlyList<MdrAsset>>> ListAssetsAsync(MdrEndpoint endpoint, string accessToken, IReadOnlyList<string>? tenantNames, CancellationToken cancellationToken) =>
        Task.FromResult(Check(accessToken) is { } error
            ? Result<IReadOnlyList<MdrAsset>>.Failure(error)
            : Result<IReadOnlyList<MdrAsset>>.Success([.. Assets]));

    /// <summary>Adds or replaces an incident (a new update time means MDR changed it).</summary>
    public MdrIncident Put(string id, MdrPriority priority, MdrIncidentStatus status, DateTimeOffset updated, string tenant = "Contoso MDR")
    {
        Incidents.RemoveAll(i => i.IncidentId == id);
        var incident = new MdrIncident(id, updated.AddHours(-1), updated, $"Suspicious activity {id}", "Details", priority, status, null, tenant, ["host-1"]);
        Incidents.Add(incident);
        return incident;
    }

    private IEnumerable<MdrIncident> Matching(MdrIncidentQuery query) =>
        Incidents.Where(i => query.MinUpdateTime is null || i.UpdateTime >= query.MinUpdateTime).OrderBy(i => i.UpdateTime).ThenBy(i => i.IncidentId);

    private Error? Check(string accessToken)
    {
        lock (_lock)
        {
            return _accessTokens.TryGetValue(accessToken, out var expires) && expires > time.GetUtcNow() ? null : MdrErrors.AccessTokenRejected();
        }
    }
}

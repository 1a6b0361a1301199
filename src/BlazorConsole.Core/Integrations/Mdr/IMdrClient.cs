using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// The MDR REST API as the console uses it (the port the Clients project fills). Stateless: the caller keeps the tokens
/// (<c>MdrTokenKeeper</c>). Calls with an expired, revoked or foreign access token fail with
/// <see cref="MdrErrors.AccessTokenRejectedCode"/>: refresh once and retry. Reads are retried after 429 and 5xx;
/// the exchange is never retried once sent (it spends the refresh token).
/// </summary>
public interface IMdrClient
{
    /// <summary>
    /// <c>session/confirm</c>: spends <paramref name="refreshToken"/> and returns a new pair. Fails with
    /// <see cref="MdrErrors.RefreshTokenRejectedCode"/> when MDR refuses the token (spent, expired, revoked, wrong
    /// client id), <see cref="MdrErrors.UnreachableCode"/> when no answer came.
    /// </summary>
    Task<Result<MdrTokenGrant>> ExchangeAsync(MdrEndpoint endpoint, string refreshToken, CancellationToken cancellationToken);

    /// <summary>One page of <c>incidents/list</c>, sorted by update time ascending.</summary>
    Task<Result<IReadOnlyList<MdrIncident>>> ListIncidentsAsync(MdrEndpoint endpoint, string accessToken, MdrIncidentQuery query, CancellationToken cancellationToken);

    /// <summary><c>incidents/count</c> with the same filters as <see cref="ListIncidentsAsync"/> (page ignored).</summary>
    Task<Result<int>> CountIncidentsAsync(MdrEndpoint endpoint, string accessToken, MdrIncidentQuery query, CancellationToken cancellationToken);

    Task<Result<MdrIncident>> GetIncidentAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken);

    /// <summary>The incident's comments, oldest first.</summary>
    Task<Result<IReadOnlyList<MdrComment>>> ListCommentsAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken);

    /// <summary>The incident's response actions, oldest first.</summary>
    Task<Result<IReadOnlyList<MdrResponse>>> ListResponsesAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken);

    /// <summary>Every asset the connection sees (all pages), optionally of some tenants only.</summary>
    Task<Result<IReadOnlyList<MdrAsset>>> ListAssetsAsync(MdrEndpoint endpoint, string accessToken, IReadOnlyList<string>? tenantNames, CancellationToken cancellationToken);
}

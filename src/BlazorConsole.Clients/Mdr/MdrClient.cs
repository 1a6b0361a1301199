using BlazorConsole.Clients.Mdr.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Mdr;

/// <summary>
/// The MDR REST API over HTTPS (see <see cref="IMdrClient"/>): every call <c>POST {base}/{client_id}/{path}</c> with a
/// snake_case JSON body, times in epoch milliseconds. Stateless about tokens (the caller keeps them). One instance per
/// process: it owns the HTTP transport.
/// </summary>
public sealed partial class MdrClient : IMdrClient, IDisposable
{
    private const string SortByUpdateTime = "update_time:asc";
    private readonly Lazy<MdrTransport> _transport;

    /// <remarks>
    /// The options are read at the first call, not here: a worker may be constructed before the Development sandbox has
    /// started its simulator and post-configured the pin.
    /// </remarks>
    public MdrClient(IOptions<MdrClientOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _transport = new Lazy<MdrTransport>(() => new MdrTransport(options.Value, timeProvider), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private MdrClientOptions Options => Transport.Options;

    private MdrTransport Transport => _transport.Value;

    /// <inheritdoc />
    /// <remarks>
    /// <paramref name="cancellationToken"/> is honoured only before the request goes out; after that the call runs to its
    /// answer or <see cref="MdrClientOptions.RequestTimeout"/>, because cancelling it could lose the rotated pair.
    /// </remarks>
    public async Task<Result<MdrTokenGrant>> ExchangeAsync(MdrEndpoint endpoint, string refreshToken, CancellationToken cancellationToken)
    {
        if (CheckEndpoint(endpoint) is { } invalid)
        {
            return invalid;
        }

        if (string.IsNullOrWhiteSpace(refreshToken) || refreshToken.Length > MaxTokenLength)
        {
            return MdrErrors.InvalidInput("The refresh token is empty or too long: paste the whole token MDR showed.");
        }

        // Once sent, the exchange spends the refresh token and only its answer holds the new pair: it is not cancelled
        // half-way (a stopping console waits for it, bounded by Mdr:RequestTimeout) so the caller can store the pair.
        cancellationToken.ThrowIfCancellationRequested();
        var sent = await SendAsync<TokenPairDto>(endpoint, "session/confirm", new SessionConfirmDto(refreshToken.Trim()), token: null, Exchange(refreshToken.Trim()), CancellationToken.None);
        if (!sent.IsSuccess)
        {
            return sent.Error;
        }

        return sent.Value is { AccessToken: { Length: > 0 } access, RefreshToken: { Length: > 0 } refresh }
            ? MdrTokenReader.Grant(access, refresh)
            : MdrErrors.InvalidResponse("the token exchange answered without an access and a refresh token");
    }

    public async Task<Result<IReadOnlyList<MdrIncident>>> ListIncidentsAsync(MdrEndpoint endpoint, string accessToken, MdrIncidentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if ((CheckCall(endpoint, accessToken) ?? CheckQuery(query)) is { } invalid)
        {
            return invalid;
        }

        var body = new IncidentListRequestDto(Milliseconds(query.MinUpdateTime), Tenants(query.TenantNames), query.Page, query.PageSize, SortByUpdateTime);
        var page = await SendAsync<List<IncidentDto?>>(endpoint, "incidents/list", body, accessToken, Call("list incidents", "The incident list"), cancellationToken);
        return page.IsSuccess ? Map(page.Value, MdrWireMapping.Incident) : page.Error;
    }

    public async Task<Result<int>> CountIncidentsAsync(MdrEndpoint endpoint, string accessToken, MdrIncidentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if ((CheckCall(endpoint, accessToken) ?? CheckQuery(query)) is { } invalid)
        {
            return invalid;
        }

        var body = new IncidentListRequestDto(Milliseconds(query.MinUpdateTime), Tenants(query.TenantNames), null, null, null);
        var counted = await SendAsync<CountDto>(endpoint, "incidents/count", body, accessToken, Call("count incidents", "The incident count"), cancellationToken);
        return !counted.IsSuccess ? counted.Error
            : counted.Value.Count is >= 0 and { } count ? count
            : MdrErrors.InvalidResponse("the incident count is missing");
    }

    public async Task<Result<MdrIncident>> GetIncidentAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken)
    {
        if ((CheckCall(endpoint, accessToken) ?? CheckIncidentId(incidentId)) is { } invalid)
        {
            return invalid;
        }

        var read = await SendAsync<IncidentDto>(endpoint, "incidents/details", new IncidentRequestDto(incidentId, null, null), accessToken, Call("read incidents", $"Incident {incidentId}"), cancellationToken);
        return read.IsSuccess ? MdrWireMapping.Incident(read.Value) : read.Error;
    }

    public async Task<Result<IReadOnlyList<MdrComment>>> ListCommentsAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken)
    {
        if ((CheckCall(endpoint, accessToken) ?? CheckIncidentId(incidentId)) is { } invalid)
        {
            return invalid;
        }

        var all = await AllPagesAsync<CommentDto, MdrComment>(
            endpoint, "comments/list", (page, size) => new IncidentRequestDto(incidentId, page, size), accessToken, Call("read comments", $"Incident {incidentId}"), MdrWireMapping.Comment, comment => comment.CommentId, cancellationToken);
        return all.IsSuccess ? Result<IReadOnlyList<MdrComment>>.Success([.. all.Value.OrderBy(comment => comment.CreationTime)]) : all.Error;
    }

    public async Task<Result<IReadOnlyList<MdrResponse>>> ListResponsesAsync(MdrEndpoint endpoint, string accessToken, string incidentId, CancellationToken cancellationToken)
    {
        if ((CheckCall(endpoint, accessToken) ?? CheckIncidentId(incidentId)) is { } invalid)
        {
            return invalid;
        }

        var all = await AllPagesAsync<ResponseDto, MdrResponse>(
            endpoint, "responses/list", (page, size) => new IncidentRequestDto(incidentId, page, size), accessToken, Call("read responses", $"Incident {incidentId}"), MdrWireMapping.Response, response => response.ResponseId, cancellationToken);
        return all.IsSuccess ? Result<IReadOnlyList<MdrResponse>>.Success([.. all.Value.OrderBy(response => response.CreationTime)]) : all.Error;
    }

    public async Task<Result<IReadOnlyList<MdrAsset>>> ListAssetsAsync(MdrEndpoint endpoint, string accessToken, IReadOnlyList<string>? tenantNames, CancellationToken cancellationToken)
    {
        if ((CheckCall(endpoint, accessToken) ?? CheckTenants(tenantNames)) is { } invalid)
        {
            return invalid;
        }

        var tenants = Tenants(tenantNames);
        var all = await AllPagesAsync<AssetDto, MdrAsset>(
            endpoint, "assets/list", (page, size) => new AssetListRequestDto(tenants, page, size), accessToken, Call("list assets", "The asset list"), MdrWireMapping.Asset, asset => asset.AssetId, cancellationToken);
        return all.IsSuccess ? Result<IReadOnlyList<MdrAsset>>.Success(all.Value) : all.Error;
    }

    public void Dispose()
    {
        if (_transport.IsValueCreated)
        {
            _transport.Value.Dispose();
        }
    }

    /// <summary>
    /// Reads page after page until one is short (or adds nothing new, for a server that ignores paging), up to
    /// <see cref="MdrClientOptions.MaxListItems"/> items.
    /// </summary>
    private async Task<Result<List<TItem>>> AllPagesAsync<TDto, TItem>(
        MdrEndpoint endpoint,
        string path,
        Func<int, int, object> body,
        string accessToken,
        CallKind kind,
        Func<TDto?, Result<TItem>> map,
        Func<TItem, string> id,
        CancellationToken cancellationToken)
    {
        var items = new List<TItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var read = await SendAsync<List<TDto?>>(endpoint, path, body(page, Options.PageSize), accessToken, kind, cancellationToken);
            if (!read.IsSuccess)
            {
                return read.Error;
            }

            var added = 0;
            foreach (var dto in read.Value)
            {
                var item = map(dto);
                if (!item.IsSuccess)
                {
                    return item.Error;
                }

                if (seen.Add(id(item.Value)))
                {
                    items.Add(item.Value);
                    added++;
                }
            }

            if (items.Count > Options.MaxListItems)
            {
                return MdrErrors.InvalidResponse(FormattableString.Invariant($"the list holds more than {Options.MaxListItems} items"));
            }

            if (read.Value.Count < Options.PageSize || added == 0)
            {
                return items;
            }
        }
    }

    private static Result<IReadOnlyList<TItem>> Map<TDto, TItem>(List<TDto?> rows, Func<TDto?, Result<TItem>> map)
    {
        var items = new List<TItem>(rows.Count);
        foreach (var row in rows)
        {
            var item = map(row);
            if (!item.IsSuccess)
            {
                return item.Error;
            }

            items.Add(item.Value);
        }

        return items;
    }

    private static long? Milliseconds(DateTimeOffset? time) => time is { } value ? MdrWireMapping.Milliseconds(value) : null;

    private static List<string>? Tenants(IReadOnlyList<string>? names) => names is null ? null : [.. names.Select(name => name.Trim())];
}

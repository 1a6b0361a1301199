using System.Security.Cryptography;
using System.Text;

namespace BlazorConsole.Sandbox.Mdr;

/// <summary>
/// Everything the simulator holds for one run: API connections and their tokens, tenants, assets, incidents, comments
/// and responses. One lock guards it all; records are immutable and replaced on change.
/// </summary>
internal sealed partial class MdrState
{
    private readonly Lock _gate = new();
    private readonly MdrSimulatorOptions _options;
    private readonly MdrJwt _jwt = new();
    private readonly List<MdrApiConnection> _connections = [];
    private readonly Dictionary<string, TokenRecord> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exchanges = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<MdrSimulatedAsset> _assets = [];
    private readonly List<MdrSimulatedIncident> _incidents = [];
    private readonly List<MdrSimulatedComment> _comments = [];
    private readonly List<MdrSimulatedResponse> _responses = [];
    private DateTimeOffset _lastStamp;
    private int _nextIncident;
    private int _nextComment;
    private int _nextResponse;

    public MdrState(MdrSimulatorOptions options) => _options = options;

    /// <summary>The refresh token the seeded "Retired integration" connection had before it was revoked.</summary>
    public string RevokedRefreshToken { get; private set; } = string.Empty;

    private DateTimeOffset Now => _options.TimeProvider.GetUtcNow();

    /// <summary>Back to the seeded connections, tenants, assets and incidents; every token is forgotten.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _connections.Clear();
            _connections.AddRange(_options.Connections ?? MdrSeedData.Connections);
            _tokens.Clear();
            _exchanges.Clear();
            _assets.Clear();
            _incidents.Clear();
            _comments.Clear();
            _responses.Clear();
            _nextIncident = 0;
            _nextComment = 0;
            _nextResponse = 0;
            _lastStamp = DateTimeOffset.MinValue;
            Seed(Now);
            RevokedRefreshToken = string.Empty;
            if (FindConnection(MdrSeedData.RevokedClientId) is { } retired)
            {
                RevokedRefreshToken = Issue(retired, TokenKind.Refresh, _options.IssuedRefreshTokenLifetime);
                _tokens[RevokedRefreshToken].Revoked = true;
            }
        }
    }

    public IReadOnlyList<MdrApiConnection> Connections
    {
        get
        {
            lock (_gate)
            {
                return [.. _connections];
            }
        }
    }

    public MdrSimulatorSnapshot Snapshot()
    {
        lock (_gate)
        {
            var now = Now;
            return new MdrSimulatorSnapshot(
                [.. _connections],
                [.. MdrSeedData.Tenants],
                [.. _assets],
                [.. _incidents.OrderBy(incident => incident.CreationTime).ThenBy(incident => incident.IncidentId, StringComparer.Ordinal)],
                [.. _comments],
                [.. _responses],
                _tokens.Values.Count(token => token.Kind == TokenKind.Refresh && token.IsLive(now)),
                _tokens.Values.Count(token => token.Kind == TokenKind.Access && token.IsLive(now)),
                new Dictionary<string, int>(_exchanges, StringComparer.OrdinalIgnoreCase));
        }
    }

    /// <summary>A strictly increasing stamp at or after now (two changes never share an update time).</summary>
    private DateTimeOffset Stamp()
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(Now.ToUnixTimeMilliseconds());
        _lastStamp = now > _lastStamp ? now : _lastStamp.AddMilliseconds(1);
        return _lastStamp;
    }

    private MdrApiConnection? FindConnection(string clientId) =>
        _connections.FirstOrDefault(connection => string.Equals(connection.ClientId, clientId, StringComparison.OrdinalIgnoreCase));

    private static string StableId(string kind, int number)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(MdrWireValues.Invariant($"mdr-sandbox-{kind}-{number}")));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }

    private enum TokenKind
    {
        Refresh,
        Access,
    }

    private sealed class TokenRecord(TokenKind kind, string clientId, DateTimeOffset expires)
    {
        public TokenKind Kind { get; } = kind;

        public string ClientId { get; } = clientId;

        public DateTimeOffset Expires { get; } = expires;

        public bool Spent { get; set; }

        public bool Revoked { get; set; }

        public bool IsLive(DateTimeOffset now) => !Spent && !Revoked && now < Expires;
    }
}

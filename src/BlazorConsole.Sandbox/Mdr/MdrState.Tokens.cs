namespace BlazorConsole.Sandbox.Mdr;

internal sealed partial class MdrState
{
    /// <summary>A new refresh token for the connection, valid <see cref="MdrSimulatorOptions.IssuedRefreshTokenLifetime"/>, usable once.</summary>
    public string IssueRefreshToken(string clientId)
    {
        lock (_gate)
        {
            var connection = FindConnection(clientId) ?? throw new ArgumentException($"There is no API connection with client id '{clientId}'.", nameof(clientId));
            return Issue(connection, TokenKind.Refresh, _options.IssuedRefreshTokenLifetime);
        }
    }

    /// <summary>Revokes every token of the connection not yet spent or expired; how many.</summary>
    public int RevokeTokens(string clientId)
    {
        lock (_gate)
        {
            _ = FindConnection(clientId) ?? throw new ArgumentException($"There is no API connection with client id '{clientId}'.", nameof(clientId));
            var now = Now;
            var live = _tokens.Values.Where(token => string.Equals(token.ClientId, clientId, StringComparison.OrdinalIgnoreCase) && token.IsLive(now)).ToList();
            live.ForEach(token => token.Revoked = true);
            return live.Count;
        }
    }

    /// <summary><c>session/confirm</c>: spends the refresh token and returns a new access and refresh token; 401 when refused.</summary>
    public (string AccessToken, string RefreshToken) Exchange(string clientId, string? refreshToken)
    {
        lock (_gate)
        {
            var connection = FindConnection(clientId);
            if (connection is null || string.IsNullOrEmpty(refreshToken) || !_tokens.TryGetValue(refreshToken, out var token) || token.Kind != TokenKind.Refresh
                || !string.Equals(token.ClientId, connection.ClientId, StringComparison.OrdinalIgnoreCase))
            {
                throw new MdrWireException(401, "invalid_grant", "The refresh token is not valid for this client.");
            }

            if (token.Spent)
            {
                throw new MdrWireException(401, "invalid_grant", "The refresh token has already been used.");
            }

            if (token.Revoked)
            {
                throw new MdrWireException(401, "invalid_grant", "The refresh token has been revoked.");
            }

            if (Now >= token.Expires)
            {
                throw new MdrWireException(401, "invalid_grant", "The refresh token has expired.");
            }

            token.Spent = true;
            _exchanges[connection.ClientId] = _exchanges.GetValueOrDefault(connection.ClientId) + 1;
            return (Issue(connection, TokenKind.Access, _options.AccessTokenLifetime), Issue(connection, TokenKind.Refresh, _options.RefreshTokenLifetime));
        }
    }

    /// <summary>The connection a call's <c>Authorization</c> header stands for; 401 without a bearer token, 403 for a bad one.</summary>
    public MdrApiConnection Authorize(string clientId, string? authorization)
    {
        const string Bearer = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || authorization.Length == Bearer.Length)
        {
            throw new MdrWireException(401, "unauthorized", "An access token is required (Authorization: Bearer).");
        }

        var value = authorization[Bearer.Length..].Trim();
        lock (_gate)
        {
            var connection = FindConnection(clientId);
            if (connection is null || !_tokens.TryGetValue(value, out var token) || token.Kind != TokenKind.Access
                || !string.Equals(token.ClientId, connection.ClientId, StringComparison.OrdinalIgnoreCase))
            {
                throw new MdrWireException(403, "invalid_token", "The access token is not valid for this client.");
            }

            if (token.Revoked)
            {
                throw new MdrWireException(403, "invalid_token", "The access token has been revoked.");
            }

            if (Now >= token.Expires)
            {
                throw new MdrWireException(403, "token_expired", "The access token has expired.");
            }

            return connection;
        }
    }

    private string Issue(MdrApiConnection connection, TokenKind kind, TimeSpan lifetime)
    {
        var now = Now;
        var expires = now + lifetime;
        var value = _jwt.Create(connection, kind == TokenKind.Refresh ? "refresh" : "access", Guid.NewGuid().ToString("N"), now, expires);
        _tokens[value] = new TokenRecord(kind, connection.ClientId, expires);
        return value;
    }
}

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// The answer of one token exchange: a new access token and a new refresh token that replaces the one just spent (it
/// works once). Expiry times come from the JWTs' <c>exp</c>; null when a token carries none.
/// </summary>
public sealed record MdrTokenGrant(
    string AccessToken,
    string RefreshToken,
    DateTimeOffset? AccessTokenExpires,
    DateTimeOffset? RefreshTokenExpires,
    MdrConnectionProfile Profile);

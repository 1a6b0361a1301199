namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// A token pair to store in a connection, already encrypted, with what its token says about the connection. Stored in
/// one write that bumps <see cref="MdrConnection.TokenVersion"/>.
/// </summary>
/// <param name="ReplacedBy">The administrator who pasted a new token; null for a rotation by the console.</param>
public sealed record MdrStoredTokens(
    string ProtectedAccessToken,
    string ProtectedRefreshToken,
    DateTimeOffset? AccessTokenExpires,
    DateTimeOffset? RefreshTokenExpires,
    MdrConnectionProfile Profile,
    string? ClientId = null,
    Uri? BaseUrl = null,
    string? ReplacedBy = null);

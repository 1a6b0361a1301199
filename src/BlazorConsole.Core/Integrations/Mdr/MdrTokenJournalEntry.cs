namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// A token pair MDR handed out, written to the journal before it is stored in the connection: the pair replaces
/// version <paramref name="BaseVersion"/> of the connection's tokens. The tokens are already encrypted.
/// </summary>
public sealed record MdrTokenJournalEntry(
    Guid ConnectionId,
    long BaseVersion,
    string ProtectedAccessToken,
    string ProtectedRefreshToken,
    DateTimeOffset? AccessTokenExpires,
    DateTimeOffset? RefreshTokenExpires,
    MdrConnectionProfile Profile,
    DateTimeOffset Received);

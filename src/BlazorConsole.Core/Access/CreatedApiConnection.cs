namespace BlazorConsole.Core.Access;

/// <summary>A new API connection and its refresh token: the only moment the token exists outside its hash.</summary>
public sealed record CreatedApiConnection(ApiConnection Connection, string RefreshToken);

namespace BlazorConsole.Core.Access;

/// <summary>Whether an API connection may get and use access tokens.</summary>
public enum ApiConnectionStatus
{
    Active,
    Revoked,
    Expired,

    /// <summary>Unused for longer than the idle limit (<c>Access:ApiTokens:IdleExpiry</c>).</summary>
    Idle,
}

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>How an MDR connection stands after its last exchange or call.</summary>
public enum MdrConnectionStatus
{
    /// <summary>Tokens work; incidents are synchronised.</summary>
    Connected = 0,

    /// <summary>MDR refused the stored refresh token (spent, expired, revoked): an administrator must paste a new one.</summary>
    RefreshTokenRejected = 1,

    /// <summary>The last attempt could not reach MDR or MDR failed (429, 5xx); retried at the next poll.</summary>
    Unavailable = 2,

    /// <summary>The connection works but may not read incidents (access rights or tenants).</summary>
    AccessDenied = 3,
}

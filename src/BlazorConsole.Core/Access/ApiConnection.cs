namespace BlazorConsole.Core.Access;

/// <summary>
/// A script's access to the REST API: a name, a role, a tenant scope and an expiry. Its refresh token is kept
/// only as a SHA-256 hash; a revoked, expired or idle connection can neither get nor use access tokens.
/// </summary>
public sealed class ApiConnection
{
    public const int NameMaxLength = 100;

    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Role { get; set; } = ConsoleRoles.Auditor;

    public bool AllTenants { get; set; }

    public List<Guid> TenantIds { get; set; } = [];

    public DateTime Created { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime Expires { get; set; }

    public DateTime? LastUsed { get; set; }

    public DateTime? Revoked { get; set; }

    /// <summary>SHA-256 of the refresh token, hex.</summary>
    public string RefreshTokenHash { get; set; } = string.Empty;

    public TenantScope Scope => AllTenants ? TenantScope.Everything : TenantScope.Only(TenantIds);

    /// <summary>The state at <paramref name="now"/>: revoked first, then expired, then idle (unused for longer than <paramref name="idleLimit"/>).</summary>
    public ApiConnectionStatus StatusAt(DateTime now, TimeSpan idleLimit) =>
        Revoked is not null ? ApiConnectionStatus.Revoked
        : Expires <= now ? ApiConnectionStatus.Expired
        : (LastUsed ?? Created) + idleLimit <= now ? ApiConnectionStatus.Idle
        : ApiConnectionStatus.Active;
}

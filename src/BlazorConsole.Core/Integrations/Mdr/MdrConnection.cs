namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// The MDR API connection of one Autotask integration (at most one). The tokens are stored only encrypted
/// (<see cref="Common.ISecretProtector"/>) and replaced together, in one write guarded by <see cref="TokenVersion"/>:
/// a refresh token works once, so whoever exchanges it must store the new pair before anyone else tries.
/// </summary>
public sealed class MdrConnection
{
    public const int NameMaxLength = 256;
    public const int StatusMessageMaxLength = 1024;
    public const int DefaultPollSeconds = 60;

    public Guid Id { get; set; }

    /// <summary>The Autotask integration whose companies receive the tickets.</summary>
    public Guid IntegrationId { get; set; }

    public required Uri BaseUrl { get; set; }

    public required string ClientId { get; set; }

    /// <summary>The connection's name in MDR (author of its comments; its own comments are never echoed as notes).</summary>
    public required string ConnectionName { get; set; }

    /// <summary>The access level read from the token; null when it does not say.</summary>
    public MdrRole? Role { get; set; }

    /// <summary>The MDR tenants the connection is limited to; null when it sees all.</summary>
    public IReadOnlyList<string>? TenantScope { get; set; }

    public required string ProtectedRefreshToken { get; set; }

    public string? ProtectedAccessToken { get; set; }

    public DateTimeOffset? AccessTokenExpires { get; set; }

    public DateTimeOffset? RefreshTokenExpires { get; set; }

    /// <summary>Bumped by every stored exchange; a write that expected another version lost the race.</summary>
    public long TokenVersion { get; set; }

    public MdrConnectionStatus Status { get; set; }

    public string? StatusMessage { get; set; }

    /// <summary>The newest incident update time handled (the poll cursor, persisted only after handling).</summary>
    public DateTimeOffset? Cursor { get; set; }

    public DateTimeOffset? LastSyncAt { get; set; }

    /// <summary>When false the worker leaves the connection alone.</summary>
    public bool SyncEnabled { get; set; } = true;

    public MdrTicketingSettings Ticketing { get; set; } = MdrTicketingSettings.Default;

    public required string UpdatedBy { get; set; }

    public DateTime Created { get; set; }

    public DateTime Updated { get; set; }
}

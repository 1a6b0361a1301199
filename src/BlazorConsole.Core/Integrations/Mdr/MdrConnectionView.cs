namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>An MDR connection as pages show it: never its tokens, only when they expire.</summary>
public sealed record MdrConnectionView(
    Guid Id,
    Guid IntegrationId,
    Uri BaseUrl,
    string ClientId,
    string ConnectionName,
    MdrRole? Role,
    IReadOnlyList<string>? TenantScope,
    MdrConnectionStatus Status,
    string? StatusMessage,
    DateTimeOffset? AccessTokenExpires,
    DateTimeOffset? RefreshTokenExpires,
    DateTimeOffset? Cursor,
    DateTimeOffset? LastSyncAt,
    bool SyncEnabled,
    MdrTicketingSettings Ticketing,
    string UpdatedBy,
    DateTime Updated)
{
    public static MdrConnectionView From(MdrConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new(
            connection.Id, connection.IntegrationId, connection.BaseUrl, connection.ClientId, connection.ConnectionName, connection.Role,
            connection.TenantScope, connection.Status, connection.StatusMessage, connection.AccessTokenExpires, connection.RefreshTokenExpires,
            connection.Cursor, connection.LastSyncAt, connection.SyncEnabled, connection.Ticketing, connection.UpdatedBy, connection.Updated);
    }
}

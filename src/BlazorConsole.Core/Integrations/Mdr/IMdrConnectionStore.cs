using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// Keeps the MDR connections. Token writes are guarded by <see cref="MdrConnection.TokenVersion"/>, and an exchange is
/// claimed first (a lease in the row) so that two console nodes never spend the same refresh token.
/// </summary>
public interface IMdrConnectionStore
{
    Task<MdrConnection?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<MdrConnection?> GetByIntegrationAsync(Guid integrationId, CancellationToken cancellationToken);

    /// <summary>Every connection (the worker's list).</summary>
    Task<IReadOnlyList<MdrConnection>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds the connection; fails with <see cref="MdrErrors.ConnectionExistsCode"/> when its integration has one.</summary>
    Task<Result> AddAsync(MdrConnection connection, CancellationToken cancellationToken);

    /// <summary>Saves <see cref="MdrConnection.SyncEnabled"/>, <see cref="MdrConnection.Ticketing"/> and who changed them; false when gone.</summary>
    Task<bool> UpdateSettingsAsync(MdrConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the right to spend the stored refresh token until <paramref name="now"/> + <paramref name="lease"/>, only
    /// while the stored version is <paramref name="expectedVersion"/> and no unexpired claim exists.
    /// </summary>
    Task<MdrExchangeClaim> TryClaimExchangeAsync(Guid id, long expectedVersion, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new pair in ONE update guarded by the version: version+1, the claim cleared, status Connected. False
    /// when the stored version is not <paramref name="expectedVersion"/> (or the connection is gone).
    /// </summary>
    Task<bool> SaveTokensAsync(Guid id, long expectedVersion, MdrStoredTokens tokens, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sets the status and its message (never a secret).</summary>
    Task SetStatusAsync(Guid id, MdrConnectionStatus status, string? message, CancellationToken cancellationToken);

    /// <summary>Saves the poll cursor (the newest update time handled).</summary>
    Task SetCursorAsync(Guid id, DateTimeOffset cursor, CancellationToken cancellationToken);

    Task SetLastSyncAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Deletes the connection with its mappings, synced incidents and notes; false when there was none.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);
}

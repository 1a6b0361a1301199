namespace BlazorConsole.Core.Access;

/// <summary>API connections, their endpoint use and the token signing keys.</summary>
public interface IApiConnectionStore
{
    Task AddAsync(ApiConnection connection, CancellationToken cancellationToken);

    Task<ApiConnection?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<ApiConnection?> FindByRefreshTokenHashAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Every connection, newest first.</summary>
    Task<IReadOnlyList<ApiConnection>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Marks the connection revoked; false when it does not exist or was already revoked.</summary>
    Task<bool> RevokeAsync(Guid id, DateTime now, CancellationToken cancellationToken);

    /// <summary>Counts one call of <paramref name="endpoint"/> and sets the connection's last use.</summary>
    Task RecordUseAsync(Guid id, string endpoint, DateTime now, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiEndpointUse>> ListUseAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<SigningKey>> ListSigningKeysAsync(CancellationToken cancellationToken);

    Task AddSigningKeyAsync(SigningKey key, CancellationToken cancellationToken);

    Task<int> DeleteSigningKeysAsync(DateTime acceptedBefore, CancellationToken cancellationToken);
}

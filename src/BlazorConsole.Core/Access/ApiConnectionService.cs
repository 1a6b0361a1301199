using System.Security.Cryptography;
using System.Text;
using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Access;

/// <summary>
/// API connection use cases: create (Administrator; the refresh token is returned once and stored as its SHA-256),
/// list, revoke, and the exchange of a refresh token for the connection it belongs to.
/// </summary>
public sealed class ApiConnectionService(IApiConnectionStore store, ApiConnectionRevocations revocations, TimeProvider time, IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    public async Task<Result<CreatedApiConnection>> CreateAsync(NewApiConnection request, string actor, CancellationToken cancellationToken)
    {
        if (!_access.Current.IsAdministrator)
        {
            return AccessScopeErrors.Denied;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return Error.Validation(ErrorCodes.MandatoryParameterIsNotSpecified, "Give the connection a name.");
        }

        if (name.Length > ApiConnection.NameMaxLength)
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, $"The name must be at most {ApiConnection.NameMaxLength} characters.");
        }

        if (request.Role is not { } role || !ConsoleRoles.All.Contains(role))
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, "Choose a role: Administrator, Operator or Auditor.");
        }

        if (!request.AllTenants && request.TenantIds.Count == 0)
        {
            return Error.Validation(ErrorCodes.MandatoryParameterIsNotSpecified, "Choose all tenants or at least one tenant.");
        }

        if (request.Expires is not { } expires || expires <= now)
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, "The expiry must be in the future.");
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var connection = new ApiConnection
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            Role = role,
            AllTenants = request.AllTenants,
            TenantIds = request.AllTenants ? [] : [.. request.TenantIds.Distinct()],
            Created = now,
            CreatedBy = actor,
            Expires = DateTime.SpecifyKind(expires, DateTimeKind.Utc),
            RefreshTokenHash = HashOf(token),
        };
        await store.AddAsync(connection, cancellationToken);
        return new CreatedApiConnection(connection, token);
    }

    public async Task<Result<IReadOnlyList<ApiConnection>>> ListAsync(CancellationToken cancellationToken) =>
        _access.Current.IsAdministrator ? Result<IReadOnlyList<ApiConnection>>.Success(await store.ListAsync(cancellationToken)) : AccessScopeErrors.Denied;

    public async Task<Result<IReadOnlyList<ApiEndpointUse>>> ListUseAsync(Guid id, CancellationToken cancellationToken) =>
        _access.Current.IsAdministrator ? Result<IReadOnlyList<ApiEndpointUse>>.Success(await store.ListUseAsync(id, cancellationToken)) : AccessScopeErrors.Denied;

    /// <summary>Revokes at once: the in-process cache forgets the connection, so its next call is refused.</summary>
    public async Task<Result> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!_access.Current.IsAdministrator)
        {
            return AccessScopeErrors.Denied;
        }

        var revoked = await store.RevokeAsync(id, time.GetUtcNow().UtcDateTime, cancellationToken);
        revocations.Forget(id);
        return revoked ? Result.Success() : ApiConnectionErrors.NotFound(id);
    }

    /// <summary>The active connection a refresh token belongs to; anything else is <see cref="ApiConnectionErrors.InvalidGrant"/>.</summary>
    public async Task<Result<ApiConnection>> ExchangeAsync(string? refreshToken, TimeSpan idleLimit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(refreshToken) || refreshToken.Length > 200)
        {
            return ApiConnectionErrors.InvalidGrant;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var connection = await store.FindByRefreshTokenHashAsync(HashOf(refreshToken), cancellationToken);
        if (connection is null || connection.StatusAt(now, idleLimit) != ApiConnectionStatus.Active)
        {
            return ApiConnectionErrors.InvalidGrant;
        }

        await store.RecordUseAsync(connection.Id, "POST /api/2.0/token", now, cancellationToken);
        return connection;
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

namespace BlazorConsole.Core.Access;

/// <summary>The tenant scope of each account (an account never given one covers all tenants).</summary>
public interface IAccountScopeStore
{
    Task<TenantScope> GetAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Replaces the account's scope; tenant ids that name no tenant are ignored.</summary>
    Task SetAsync(string userId, TenantScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// The tenants named by <paramref name="namesOrIds"/> (a tenant id, or a name in any case), keyed by the value
    /// given; values that name no tenant are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, Guid>> FindTenantsAsync(IReadOnlyCollection<string> namesOrIds, CancellationToken cancellationToken);
}

using System.Security.Claims;
using BlazorConsole.Core.Access;

namespace BlazorConsole.Web.Access;

/// <summary>
/// The tenant scope an OIDC sign-in gives its account, from the same claim as the roles (<see cref="OidcOptions.RoleClaim"/>)
/// and <see cref="OidcOptions.TenantScopes"/>: all tenants when none of the account's values has an entry (or an entry
/// holds <c>*</c>), otherwise the tenants its entries name. A name that matches no tenant covers nothing.
/// </summary>
internal static partial class OidcTenantScopes
{
    public const string AllTenants = "*";

    /// <summary>The tenant names or ids the principal's claim values map to; null: all tenants.</summary>
    public static IReadOnlyList<string>? Requested(ClaimsPrincipal principal, OidcOptions options)
    {
        var entries = principal.FindAll(options.RoleClaim)
            .Select(c => options.TenantScopes.TryGetValue(c.Value, out var tenants) ? tenants : null)
            .OfType<List<string>>()
            .ToList();
        if (entries.Count == 0 || entries.Any(e => e.Contains(AllTenants, StringComparer.Ordinal)))
        {
            return null;
        }

        return [.. entries.SelectMany(e => e).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Resolves the requested tenants and stores the account's scope (at every sign-in, so a changed mapping applies at the next).</summary>
    public static async Task<TenantScope> ApplyAsync(string userId, ClaimsPrincipal principal, OidcOptions options, IAccountScopeStore scopes, ILogger logger, CancellationToken cancellationToken)
    {
        var requested = Requested(principal, options);
        TenantScope scope;
        if (requested is null)
        {
            scope = TenantScope.Everything;
        }
        else
        {
            var found = await scopes.FindTenantsAsync(requested, cancellationToken);
            foreach (var missing in requested.Where(r => !found.ContainsKey(r)))
            {
                LogUnknownTenant(logger, missing);
            }

            scope = TenantScope.Only(found.Values);
        }

        await scopes.SetAsync(userId, scope, cancellationToken);
        return scope;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Oidc:TenantScopes names the tenant \"{Tenant}\", which does not exist: it covers nothing.")]
    private static partial void LogUnknownTenant(ILogger logger, string tenant);
}

using System.Security.Claims;
using BlazorConsole.Core.Access;

namespace BlazorConsole.Web.Access;

/// <summary>Writes a tenant scope into claims and reads the <see cref="AccessScope"/> of a principal back.</summary>
public static class ClaimsScope
{
    public static IEnumerable<Claim> ClaimsOf(TenantScope scope)
    {
        yield return new Claim(ConsoleClaimTypes.Scope, scope.AllTenants ? ConsoleClaimTypes.AllTenants : ConsoleClaimTypes.ChosenTenants);
        if (!scope.AllTenants)
        {
            foreach (var id in scope.TenantIds)
            {
                yield return new Claim(ConsoleClaimTypes.Tenant, id.ToString());
            }
        }
    }

    /// <summary>Not signed in, or no console role: <see cref="AccessScope.None"/>.</summary>
    public static AccessScope Of(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return AccessScope.None;
        }

        var role = AccessScope.HighestOf(principal.FindAll(ClaimTypes.Role).Select(c => c.Value));
        if (role is null)
        {
            return AccessScope.None;
        }

        var all = principal.FindFirst(ConsoleClaimTypes.Scope)?.Value is null or ConsoleClaimTypes.AllTenants;
        var tenants = principal.FindAll(ConsoleClaimTypes.Tenant)
            .Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToHashSet();
        return new AccessScope(role, all, tenants);
    }
}

using System.Security.Claims;
using BlazorConsole.Core.Access;
using BlazorConsole.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Access;

/// <summary>An account's claims: Identity's (name, security stamp, roles) and its tenant scope.</summary>
internal sealed class ConsoleClaimsPrincipalFactory(
    UserManager<ConsoleUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    IAccountScopeStore scopes)
    : UserClaimsPrincipalFactory<ConsoleUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ConsoleUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(ClaimsScope.ClaimsOf(await scopes.GetAsync(user.Id, CancellationToken.None)));
        return identity;
    }
}

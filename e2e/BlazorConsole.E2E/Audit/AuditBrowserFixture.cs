using System.Security.Claims;
using BlazorConsole.Core.Access;
using BlazorConsole.E2E.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.E2E.Audit;

/// <summary>
/// A server of its own for the audit flow. The signed-in administrator is given the Administrator role claim by a
/// test-only claims transformation, so the flow does not depend on how roles are stored.
/// </summary>
public sealed class AuditBrowserFixture : BrowserFixture
{
    protected override void Configure(ConsoleServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        server.TestServices.Add(services => services.AddSingleton<IClaimsTransformation, AdministratorRole>());
    }

    private sealed class AdministratorRole : IClaimsTransformation
    {
        public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
        {
            if (principal.Identity is ClaimsIdentity { IsAuthenticated: true } identity && !principal.IsInRole(ConsoleRoles.Administrator))
            {
                identity.AddClaim(new Claim(identity.RoleClaimType, ConsoleRoles.Administrator));
            }

            return Task.FromResult(principal);
        }
    }
}

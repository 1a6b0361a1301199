using System.Security.Claims;
using BlazorConsole.Data.Access;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Access;

/// <summary>
/// Re-checks the signed-in user's security stamp every minute while a circuit lives, so a changed password,
/// a lockout, a disabled or a deleted account ends the interactive session too (as in the .NET Blazor Identity template);
/// so does two-step verification made mandatory for an account that has not turned it on (the next page load then
/// lands on enrolment, see <see cref="TwoStepEnrolmentGate"/>).
/// </summary>
internal sealed class ConsoleAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        return await IsCurrentAsync(users, authenticationState.User)
            && !(await users.GetUserAsync(authenticationState.User) is { } user
                && await scope.ServiceProvider.GetRequiredService<AccountAdministration>().MustEnrolAsync(user, cancellationToken));
    }

    private async Task<bool> IsCurrentAsync(UserManager<ConsoleUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return string.Equals(stamp, await users.GetSecurityStampAsync(user), StringComparison.Ordinal);
    }
}

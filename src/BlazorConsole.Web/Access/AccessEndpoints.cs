using System.Security.Claims;
using BlazorConsole.Core.Audit;
using BlazorConsole.Data.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Access;

public static class AccessEndpoints
{
    /// <summary>POST /signout (antiforgery token required) ends the session (and the provider's, after an OIDC sign-in) and returns to /signin.</summary>
    public static IEndpointRouteBuilder MapConsoleAccess(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccessRegistration.SignOutPath, SignOutAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<ConsoleUser> signInManager, IOptions<OidcOptions> oidc, AuditService audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var viaProvider = oidc.Value.Enabled && context.User.HasClaim(ClaimTypes.AuthenticationMethod, OidcOptions.Scheme);
        await audit.RecordAsync(AuditActions.SignedOut, new AuditTarget("Account", null, context.User.Identity?.Name), null, context.RequestAborted);
        await signInManager.SignOutAsync();

        // signed in through the provider: end its session too (end-session endpoint), then back to /signin
        return viaProvider
            ? Results.SignOut(new AuthenticationProperties { RedirectUri = AccessRegistration.SignInPath }, [OidcOptions.Scheme])
            : Results.Redirect(AccessRegistration.SignInPath);
    }
}

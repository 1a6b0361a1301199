using BlazorConsole.Core.Audit;
using BlazorConsole.Data.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace BlazorConsole.Web.Access;

public static class AccessEndpoints
{
    /// <summary>POST /signout (antiforgery token required) ends the session and returns to /signin.</summary>
    public static IEndpointRouteBuilder MapConsoleAccess(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccessRegistration.SignOutPath, SignOutAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<ConsoleUser> signInManager, AuditService audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        await audit.RecordAsync(AuditActions.SignedOut, new AuditTarget("Account", null, context.User.Identity?.Name), null, context.RequestAborted);
        await signInManager.SignOutAsync();
        return Results.Redirect(AccessRegistration.SignInPath);
    }
}

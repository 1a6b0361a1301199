using BlazorConsole.Data.Access;
using BlazorConsole.Web.Api.Common;
using BlazorConsole.Web.Components.Pages.Access.TwoStep;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;

namespace BlazorConsole.Web.Access;

/// <summary>
/// Holds a signed-in account that must use two-step verification and has not turned it on to the enrolment page
/// and sign-out: every other page answers a redirect to enrolment, every other cookie-authenticated endpoint
/// (exports, downloads, the interactive circuit) 403. Checked against the store at each request, so a requirement
/// set by an administrator applies at the account's next request. The REST API (HTTP Basic, Bearer) is not gated.
/// </summary>
public static class TwoStepEnrolmentGate
{
    /// <summary>Add after authorization, before the endpoints run.</summary>
    public static IApplicationBuilder UseTwoStepEnrolment(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (await MustEnrolAsync(context))
        {
            var isPage = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            if (isPage && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                context.Response.Redirect(TwoStepPage.RequiredPath);
            }
            else
            {
                // a plain 403, not the not-found page the status-code pages would render for it
                context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            return;
        }

        await next(context);
    });

    private static async Task<bool> MustEnrolAsync(HttpContext context)
    {
        if (context.User.Identity is not { IsAuthenticated: true, AuthenticationType: var type }
            || type != IdentityConstants.ApplicationScheme
            || IsOpen(context))
        {
            return false;
        }

        var users = context.RequestServices.GetRequiredService<UserManager<ConsoleUser>>();
        var user = await users.GetUserAsync(context.User);
        return user is not null && await context.RequestServices.GetRequiredService<AccountAdministration>().MustEnrolAsync(user, context.RequestAborted);
    }

    /// <summary>What a held account may still reach: enrolment, sign-out, the REST API and anonymous endpoints that are not pages (assets, health).</summary>
    private static bool IsOpen(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.Equals(AccessRegistration.TwoStepPath, StringComparison.OrdinalIgnoreCase)
            || path.Equals(AccessRegistration.SignOutPath, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments(OidcEndpoints.StartPath, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments(ApiRoutes.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var endpoint = context.GetEndpoint();
        return endpoint is null
            || (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null && endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is null);
    }
}

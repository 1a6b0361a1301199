using System.Security.Claims;
using BlazorConsole.Core.Access;
using BlazorConsole.Web.Api.Common;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace BlazorConsole.Web.Access;

/// <summary>
/// JWT Bearer validation for the REST API: keys from <see cref="SigningKeyRing"/>, lifetime against the console's
/// <see cref="TimeProvider"/> (no clock skew), and on every call the connection's revocation, expiry and idleness
/// (<see cref="ApiConnectionRevocations"/>); then the call is counted per endpoint template.
/// </summary>
internal sealed class BearerTokenSetup(SigningKeyRing keys, TimeProvider time) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = ApiTokenDefaults.Issuer,
            ValidAudience = ApiTokenDefaults.Audience,
            NameClaimType = ClaimTypes.Name,
            RoleClaimType = ClaimTypes.Role,
            IssuerSigningKeyResolver = (_, _, _, _) => keys.AcceptedKeys(),
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return expires is { } end && end > now && (notBefore is not { } start || start <= now);
            },
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = CheckConnectionAsync,
            OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await ApiResults.Problem(AccessErrors.AuthenticationRequired, StatusCodes.Status401Unauthorized).ExecuteAsync(context.HttpContext);
            },
            OnForbidden = context => ApiResults.Problem(AccessErrors.AccessDenied, StatusCodes.Status403Forbidden).ExecuteAsync(context.HttpContext),
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    private static async Task CheckConnectionAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var idle = services.GetRequiredService<IOptions<ApiTokenOptions>>().Value.IdleExpiry;
        if (!Guid.TryParse(context.Principal?.FindFirst(ConsoleClaimTypes.Connection)?.Value, out var id)
            || !await services.GetRequiredService<ApiConnectionRevocations>().IsActiveAsync(id, idle, context.HttpContext.RequestAborted))
        {
            context.Fail("The API connection was revoked or has expired.");
            return;
        }

        var endpoint = context.HttpContext.GetEndpoint() is RouteEndpoint route
            ? $"{context.Request.Method} {Template(route.RoutePattern)}"
            : $"{context.Request.Method} (no endpoint)";
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await services.GetRequiredService<IApiConnectionStore>().RecordUseAsync(id, endpoint, now, context.HttpContext.RequestAborted);
    }

    private static string Template(RoutePattern pattern) => "/" + (pattern.RawText ?? string.Empty).TrimStart('/');
}

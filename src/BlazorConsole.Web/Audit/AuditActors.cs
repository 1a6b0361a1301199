using System.Diagnostics;
using System.Security.Claims;
using BlazorConsole.Core.Access;
using BlazorConsole.Core.Audit;
using BlazorConsole.Web.Api.Common;

namespace BlazorConsole.Web.Audit;

/// <summary>Builds the actor of a request or circuit from its user, channel and connection.</summary>
internal static class AuditActors
{
    /// <summary>The name recorded for a request made before anyone signed in (a sign-in attempt).</summary>
    public const string Anonymous = "anonymous";

    public static Actor FromRequest(HttpContext context) =>
        From(
            context.User,
            context.Request.Path.StartsWithSegments(ApiRoutes.Prefix) ? AuditChannels.Api : AuditChannels.Ui,
            context.Connection.RemoteIpAddress?.ToString(),
            Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier);

    public static Actor From(ClaimsPrincipal? user, string channel, string? address, string? correlationId)
    {
        var name = user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } signedIn } ? signedIn : Anonymous;
        // API connections (bearer tokens) say so with their authentication type; everything else is a person's account
        var kind = string.Equals(user?.Identity?.AuthenticationType, "Bearer", StringComparison.OrdinalIgnoreCase)
            ? ActorKind.ApiConnection
            : ActorKind.Account;
        return new Actor(kind, name, channel, address, correlationId);
    }
}

namespace BlazorConsole.Web.Audit;

/// <summary>Makes the signed-in user (or "anonymous"), channel, client address and correlation id the actor of the request.</summary>
internal static class AuditRequestMiddleware
{
    public static IApplicationBuilder UseConsoleAudit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            using (AuditContextAccessor.Use(AuditActors.FromRequest(context)))
            {
                await next(context);
            }
        });
}

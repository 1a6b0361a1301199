using System.Security.Cryptography;

namespace BlazorConsole.Web.Access;

/// <summary>
/// Security headers on every response: a Content-Security-Policy fit for Blazor Server and MudBlazor (scripts
/// from this site only, plus the one inline import map carrying the per-request nonce; inline styles, which
/// MudBlazor sets; the circuit's WebSocket; no framing), X-Content-Type-Options, Referrer-Policy and
/// X-Frame-Options. HSTS is sent outside Development by the error-handling set-up.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "BlazorConsole.CspNonce";

    /// <summary>The nonce of this request's inline scripts (the import map), for App.razor.</summary>
    public static string NonceOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is string nonce)
        {
            return nonce;
        }

        // hex: nothing an HTML encoder would escape, so the header and the attribute carry the same text
        nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(18));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var nonce = NonceOf(context);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy(nonce);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>The policy for one response.</summary>
    public static string Policy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "frame-ancestors 'none'";
}

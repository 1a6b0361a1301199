using System.Text.Json;
using BlazorConsole.Clients.Mdr.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;
using Polly.Timeout;

namespace BlazorConsole.Clients.Mdr;

/// <summary>
/// The one place that turns MDR's refusals and transport failures into <see cref="MdrErrors"/>:
/// <list type="bullet">
/// <item><c>session/confirm</c>: 400, 401, 403 → RefreshTokenRejected (spent, expired, revoked, foreign or unknown client id);</item>
/// <item>other calls: 401 → AccessTokenRejected; 403 with <c>error</c> <c>token_expired</c> or <c>invalid_token</c> → AccessTokenRejected,
/// any other 403 (role too low, tenant out of scope) → AccessDenied;</item>
/// <item>404 → NotFound; other 4xx of a call → InvalidInput (MDR refused what was asked); 429 → Throttled; 5xx → ServerError;</item>
/// <item>no answer (network, TLS, timeout) → Unreachable with the reason.</item>
/// </list>
/// Details come from the body's <c>message</c>, cut short and with the token that was sent removed.
/// </summary>
internal static class MdrFailures
{
    private const int MaxDetailLength = 300;

    /// <summary>The error for a non-200 answer to <c>session/confirm</c>.</summary>
    public static Error FromExchange(int status, string body, string refreshToken) => status switch
    {
        400 or 401 or 403 => MdrErrors.RefreshTokenRejected(Detail(status, body, refreshToken)),
        404 => MdrErrors.NotFound("The MDR API at this base URL"),
        429 => MdrErrors.Throttled(),
        _ => MdrErrors.ServerError(status),
    };

    /// <summary>The error for a non-200 answer to an authenticated call.</summary>
    /// <param name="what">What the call does, for AccessDenied ("list incidents").</param>
    /// <param name="subject">What the call is about, for NotFound ("Incident 42").</param>
    public static Error FromCall(int status, string body, string accessToken, string what, string subject)
    {
        var error = Read(body);
        return status switch
        {
            401 => MdrErrors.AccessTokenRejected(),
            403 when error?.Error is { } code && (code.Equals("token_expired", StringComparison.OrdinalIgnoreCase) || code.Equals("invalid_token", StringComparison.OrdinalIgnoreCase))
                => MdrErrors.AccessTokenRejected(),
            403 => MdrErrors.AccessDenied(what),
            404 => MdrErrors.NotFound(subject),
            429 => MdrErrors.Throttled(),
            >= 400 and < 500 => MdrErrors.InvalidInput($"MDR refused the request to {what}: {Detail(status, body, accessToken)}"),
            _ => MdrErrors.ServerError(status),
        };
    }

    /// <summary>The error for a request that got no answer.</summary>
    /// <param name="pinned">True when the address's certificate is pinned (a TLS failure then means another certificate).</param>
    public static Error FromException(Exception exception, bool pinned) => exception switch
    {
        HttpRequestException { InnerException: System.Security.Authentication.AuthenticationException } => MdrErrors.Unreachable(pinned
            ? "the server presented a certificate other than the pinned one"
            : "the server's TLS certificate is not trusted by this machine"),
        HttpRequestException failure => MdrErrors.Unreachable(failure.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "the host name cannot be resolved",
            HttpRequestError.ConnectionError => "the connection was refused or lost",
            HttpRequestError.ResponseEnded => "the connection closed before an answer arrived",
            HttpRequestError.SecureConnectionError => "the TLS handshake failed",
            _ => "the request failed before an answer arrived",
        }),
        TimeoutRejectedException or OperationCanceledException => MdrErrors.Unreachable("no answer in time"),
        _ => MdrErrors.Unreachable("the request failed before an answer arrived"),
    };

    /// <summary>The body's <c>message</c> (or <c>error</c>), cut short, never containing <paramref name="secret"/>.</summary>
    public static string Detail(int status, string body, string secret)
    {
        var error = Read(body);
        var text = error?.Message ?? error?.Error;
        if (string.IsNullOrWhiteSpace(text))
        {
            return FormattableString.Invariant($"HTTP {status}");
        }

        if (!string.IsNullOrEmpty(secret))
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        text = text.Length <= MaxDetailLength ? text : text[..MaxDetailLength] + "…";
        return FormattableString.Invariant($"HTTP {status}: {text}");
    }

    private static ErrorDto? Read(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ErrorDto>(body, MdrWireJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

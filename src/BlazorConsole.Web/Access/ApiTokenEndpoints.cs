using BlazorConsole.Core.Access;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Access;

/// <summary><c>POST /api/2.0/token</c>: a refresh token of an API connection for a JWT access token (OAuth 2.0 style).</summary>
internal static class ApiTokenEndpoints
{
    public static IEndpointRouteBuilder MapApiTokenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(ApiTokenDefaults.TokenPath, ExchangeAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(ApiTokenDefaults.RateLimitPolicy)
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ExchangeAsync(
        HttpRequest request,
        ApiConnectionService connections,
        ApiTokenIssuer issuer,
        IOptions<ApiTokenOptions> options,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Failure("invalid_request", "Send application/x-www-form-urlencoded with grant_type and refresh_token.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (!string.Equals(form["grant_type"], "refresh_token", StringComparison.Ordinal))
        {
            return Failure("unsupported_grant_type", "grant_type must be refresh_token.");
        }

        var connection = await connections.ExchangeAsync(form["refresh_token"], options.Value.IdleExpiry, cancellationToken);
        if (!connection.IsSuccess)
        {
            return Failure(connection.Error.Code, connection.Error.Message);
        }

        var (token, lifetime) = await issuer.IssueAsync(connection.Value, cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)lifetime.TotalSeconds,
        });
    }

    private static IResult Failure(string error, string description) =>
        Results.Json(
            new Dictionary<string, string> { ["error"] = error, ["error_description"] = description },
            statusCode: StatusCodes.Status400BadRequest);
}

using BlazorConsole.Core.Common;

namespace BlazorConsole.Web.Api.Common;

/// <summary>
/// The answer to an API request that no method takes: 404 <c>VIRMT_MethodNotFound</c> for a path no method has,
/// 405 <c>VIRMT_MethodNotAllowed</c> with <c>Allow</c> for a known path asked with another HTTP method. It is a
/// catch-all route on the API group, so the group's Basic policy applies (401 without credentials) instead of the
/// pages' cookie-only fallback policy, which would answer 401 even to valid Basic credentials.
/// </summary>
internal static class UnmatchedApiRequests
{
    /// <summary>No REST method has this path (decision).</summary>
    public const string MethodNotFoundCode = "VIRMT_MethodNotFound";

    /// <summary>The path is a REST method's, but not with this HTTP method (decision).</summary>
    public const string MethodNotAllowedCode = "VIRMT_MethodNotAllowed";

    public static RouteGroupBuilder MapUnmatchedApiRequests(this RouteGroupBuilder api)
    {
        // one table per application: built from the endpoints on the first unmatched request
        var table = new ApiMethodTable();
        api.Map("/{**path}", (HttpContext context, EndpointDataSource endpoints) => Answer(context, table.AllowedMethods(endpoints, context.Request.Path)))
            .WithMetadata(ApiMethodTable.CatchAllMarker)
            .ExcludeFromDescription();
        return api;
    }

    private static IResult Answer(HttpContext context, IReadOnlyList<string> allowed)
    {
        var request = $"{context.Request.Method} {context.Request.Path}";
        if (allowed.Count == 0)
        {
            return ApiResults.Problem(Error.NotFound(MethodNotFoundCode, $"No method of REST API v2.0 answers {request}."));
        }

        var allow = string.Join(", ", allowed);
        context.Response.Headers.Allow = allow;
        return ApiResults.Problem(
            Error.Validation(MethodNotAllowedCode, $"{request} is not a method of REST API v2.0; this path accepts {allow}."),
            StatusCodes.Status405MethodNotAllowed);
    }
}

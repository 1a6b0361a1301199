using Microsoft.AspNetCore.Routing.Template;

namespace BlazorConsole.Web.Api.Common;

/// <summary>
/// The REST API's routes and the HTTP methods each accepts, read once from the application's endpoints, to tell
/// an unknown path (no method) from a known path asked with another method (the methods it accepts).
/// </summary>
internal sealed class ApiMethodTable
{
    /// <summary>Marks the catch-all route itself, which the table leaves out.</summary>
    public static object CatchAllMarker { get; } = new();

    private IReadOnlyList<ApiRoute>? _routes;

    /// <summary>The HTTP methods of the API routes that match <paramref name="path"/>, in order; empty when none does.</summary>
    public IReadOnlyList<string> AllowedMethods(EndpointDataSource endpoints, PathString path)
    {
        _routes ??= Read(endpoints);
        return [.. _routes
            .Where(r => r.Matcher.TryMatch(path, []))
            .SelectMany(r => r.Methods)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];
    }

    private static List<ApiRoute> Read(EndpointDataSource endpoints) =>
        [.. endpoints.Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is { HttpMethods.Count: > 0 }
                && !e.Metadata.Contains(CatchAllMarker)
                && e.RoutePattern.RawText?.StartsWith(ApiRoutes.Prefix, StringComparison.OrdinalIgnoreCase) == true)
            .Select(e => new ApiRoute(
                new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults)),
                e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods))];

    private sealed record ApiRoute(TemplateMatcher Matcher, IReadOnlyList<string> Methods);
}

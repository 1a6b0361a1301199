using BlazorConsole.Web.Api.Common;

namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>The OpenAPI document of REST API v2.0, named <c>v2</c>, served at <c>/openapi/v2.json</c>.</summary>
internal static class OpenApiRegistration
{
    public const string DocumentName = "v2";
    public const string DocumentPath = "/openapi/v2.json";

    public static IServiceCollection AddConsoleOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description =>
                description.RelativePath?.StartsWith(ApiRoutes.Prefix.TrimStart('/'), StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ConsoleDocumentTransformer>();
            options.AddOperationTransformer<XmlOperationTransformer>();
        });
        services.AddSingleton<ApiReferenceReader>();
        return services;
    }

    public static IEndpointRouteBuilder MapConsoleOpenApi(this IEndpointRouteBuilder endpoints)
    {
        // the contract is public, as the vendor's published reference is; calling the API still needs credentials
        endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return endpoints;
    }
}

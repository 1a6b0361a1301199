using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>
/// Fills each operation from its endpoint metadata (<see cref="ApiRequestDoc"/>, <see cref="ApiResponseDoc"/>,
/// <see cref="ApiParameterDoc"/>, <see cref="ApiHeaderDoc"/>): XML (or CSV) request and response examples, request headers, return codes with their VIRMT codes,
/// and the 401/403 answers of the Basic-authenticated API. Generic, so every feature's routes are covered.
/// </summary>
internal sealed class XmlOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<ApiRequestDoc>().FirstOrDefault() is { } request)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = request.Description,
                Content = new Dictionary<string, OpenApiMediaType> { [ApiDocumentation.XmlMediaType] = XmlContent(request.Example) },
            };
        }

        operation.Responses ??= [];
        foreach (var group in metadata.OfType<ApiResponseDoc>().GroupBy(d => d.StatusCode))
        {
            operation.Responses[group.Key.ToString(CultureInfo.InvariantCulture)] = Response(group.ToList());
        }

        AddIfMissing(operation, StatusCodes.Status401Unauthorized, "Missing or wrong credentials (the answer carries WWW-Authenticate: Basic).");
        AddIfMissing(operation, StatusCodes.Status403Forbidden, "Access to the resource is denied (role or tenant scope).");

        AddHeaders(operation, metadata.OfType<ApiHeaderDoc>());
        foreach (var parameter in metadata.OfType<ApiParameterDoc>())
        {
            if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == parameter.Name) is { } target)
            {
                target.Description = parameter.Description;
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiResponse Response(IReadOnlyList<ApiResponseDoc> docs)
    {
        var codes = docs.Where(d => d.ErrorCode is not null).Select(d => $"{d.ErrorCode}: {d.Description}").ToList();
        var response = new OpenApiResponse
        {
            Description = codes.Count > 0 ? string.Join("\n", codes) : string.Join(" ", docs.Select(d => d.Description)),
        };
        foreach (var byMediaType in docs.Where(d => d.Example is not null).GroupBy(d => d.MediaType ?? ApiDocumentation.XmlMediaType))
        {
            var examples = byMediaType.ToList();
            var media = Content(byMediaType.Key, examples.Count == 1 ? examples[0].Example : null);
            if (examples.Count > 1)
            {
                media.Examples = examples.ToDictionary(
                    d => d.ErrorCode ?? d.Description,
                    d => (IOpenApiExample)new OpenApiExample { Summary = d.Description, Value = JsonValue.Create(d.Example) });
            }

            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            response.Content[byMediaType.Key] = media;
        }

        return response;
    }

    private static OpenApiMediaType XmlContent(string? example) => Content(ApiDocumentation.XmlMediaType, example);

    private static OpenApiMediaType Content(string mediaType, string? example) => new()
    {
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = mediaType == ApiDocumentation.XmlMediaType ? "XML document" : $"{mediaType} text",
        },
        Example = example is null ? null : JsonValue.Create(example),
    };

    private static void AddHeaders(OpenApiOperation operation, IEnumerable<ApiHeaderDoc> headers)
    {
        foreach (var header in headers)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Required = false,
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = header.Example is null ? null : JsonValue.Create(header.Example),
            });
        }
    }

    private static void AddIfMissing(OpenApiOperation operation, int statusCode, string description)
    {
        var key = statusCode.ToString(CultureInfo.InvariantCulture);
        if (!operation.Responses!.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse { Description = description };
        }
    }
}

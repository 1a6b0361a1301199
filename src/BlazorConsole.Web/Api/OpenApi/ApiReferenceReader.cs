using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>Reads the generated OpenAPI document (no network) and shapes it for the reference page.</summary>
public sealed class ApiReferenceReader([FromKeyedServices(OpenApiRegistration.DocumentName)] IOpenApiDocumentProvider provider)
{
    private static readonly string[] MethodOrder = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    public async Task<ApiReference> ReadAsync(CancellationToken cancellationToken)
    {
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        return Shape(document);
    }

    public static ApiReference Shape(OpenApiDocument document)
    {
        var operations = new List<(string Tag, ApiReferenceOperation Operation)>();
        foreach (var (path, item) in document.Paths ?? [])
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var tag = operation.Tags?.FirstOrDefault()?.Name ?? "Other";
                operations.Add((tag, Operation(method.Method, path, operation)));
            }
        }

        var tagDescriptions = (document.Tags ?? new HashSet<OpenApiTag>())
            .Where(t => t.Name is not null)
            .ToDictionary(t => t.Name!, t => t.Description, StringComparer.Ordinal);
        var tags = operations
            .GroupBy(o => o.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ApiReferenceTag(
                g.Key,
                tagDescriptions.GetValueOrDefault(g.Key),
                [.. g.Select(o => o.Operation).OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => MethodRank(o.Method))]))
            .ToList();
        return new ApiReference(document.Info?.Title ?? "REST API", document.Info?.Version ?? string.Empty, document.Info?.Description, tags);
    }

    private static ApiReferenceOperation Operation(string method, string path, OpenApiOperation operation)
    {
        var parameters = (operation.Parameters ?? [])
            .Select(p => new ApiReferenceParameter(p.Name ?? string.Empty, p.In?.ToString().ToLowerInvariant() ?? string.Empty, p.Required, p.Description))
            .ToList();
        var request = operation.RequestBody?.Content?.Values.Select(m => Text(m.Example)).FirstOrDefault(e => e is not null);
        var responses = (operation.Responses ?? [])
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new ApiReferenceResponse(r.Key, r.Value.Description ?? string.Empty, Examples(r.Value)))
            .ToList();
        return new ApiReferenceOperation(method.ToUpperInvariant(), path, operation.OperationId, operation.Summary, operation.Description, parameters, request, responses);
    }

    private static List<KeyValuePair<string, string>> Examples(IOpenApiResponse response)
    {
        var examples = new List<KeyValuePair<string, string>>();
        foreach (var (mediaType, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
        {
            if (Text(media.Example) is { } single)
            {
                examples.Add(new(mediaType, single));
            }

            foreach (var (name, example) in media.Examples ?? new Dictionary<string, IOpenApiExample>())
            {
                if (Text(example.Value) is { } text)
                {
                    examples.Add(new(name, text));
                }
            }
        }

        return examples;
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    private static int MethodRank(string method)
    {
        var index = Array.IndexOf(MethodOrder, method);
        return index < 0 ? MethodOrder.Length : index;
    }
}

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>Title, the HTTP Basic security scheme required by every operation, and tag descriptions.</summary>
internal sealed class ConsoleDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string BasicScheme = "Basic";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Tenants"] = "Tenants of the multitenancy scenario: list, read, create, activate, deactivate and remove (asynchronous tasks).",
        ["VirtualMachines"] = "A tenant's virtual machines, known by BIOS ID: list, register, unregister.",
        ["Tasks"] = "Asynchronous tasks: read, list with filters, cancel.",
        ["Protection"] = "Protection periods sent by the SVMs.",
        ["Reports"] = "Tenant protection reports (CSV): generate and download.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "BlazorConsole Integration Server REST API",
            Version = "2.0",
            Description = "REST API v2.0 under /api/2.0/virtualization. Bodies are XML (application/xml, UTF-8); "
                + "dates are YYYY-MM-DDThh:mm:ss in UTC. Failures carry <error><code>VIRMT_…</code><message>…</message></error>. "
                + "Asynchronous methods answer 202 with the task XML and a Location header to GET /tasks/{id}.",
        };

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BasicScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "basic",
            Description = "HTTP Basic: Authorization: Basic base64(user:password), an account allowed to use the API.",
        };

        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BasicScheme, document)] = [] };
        foreach (var path in document.Paths.Values)
        {
            foreach (var operation in path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                operation.Security = [requirement];
            }
        }

        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var tag in document.Tags)
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        return Task.CompletedTask;
    }
}

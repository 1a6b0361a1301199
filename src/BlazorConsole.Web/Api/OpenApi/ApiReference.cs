namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>The REST API as the reference page shows it: operations grouped by tag.</summary>
public sealed record ApiReference(string Title, string Version, string? Description, IReadOnlyList<ApiReferenceTag> Tags)
{
    public int OperationCount => Tags.Sum(t => t.Operations.Count);
}

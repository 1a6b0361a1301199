namespace BlazorConsole.Web.Api.OpenApi;

public sealed record ApiReferenceTag(string Name, string? Description, IReadOnlyList<ApiReferenceOperation> Operations);

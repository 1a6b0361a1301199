namespace BlazorConsole.Web.Api.OpenApi;

public sealed record ApiReferenceOperation(
    string Method,
    string Path,
    string? OperationId,
    string? Summary,
    string? Description,
    IReadOnlyList<ApiReferenceParameter> Parameters,
    string? RequestExample,
    IReadOnlyList<ApiReferenceResponse> Responses);

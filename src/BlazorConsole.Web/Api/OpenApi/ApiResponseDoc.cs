namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>
/// Endpoint metadata: one return code of a method, with the VIRMT/KSC code its error body carries (if any)
/// and an example body of <see cref="MediaType"/> (XML when null). The OpenAPI transformer and the reference page
/// read it; several entries may share a status.
/// </summary>
public sealed record ApiResponseDoc(int StatusCode, string Description, string? ErrorCode = null, string? Example = null, string? MediaType = null);

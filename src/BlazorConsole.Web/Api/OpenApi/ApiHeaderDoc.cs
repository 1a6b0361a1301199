namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>Endpoint metadata: a request header the method reads (Accept, Range), shown as a header parameter.</summary>
public sealed record ApiHeaderDoc(string Name, string Description, string? Example = null);

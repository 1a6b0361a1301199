namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>Endpoint metadata: the description of a path or query parameter.</summary>
public sealed record ApiParameterDoc(string Name, string Description);

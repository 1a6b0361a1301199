namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>Endpoint metadata: the XML request body of a method, its root element and an example.</summary>
public sealed record ApiRequestDoc(string RootElement, string Description, string Example);

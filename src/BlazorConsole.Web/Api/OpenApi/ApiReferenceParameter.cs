namespace BlazorConsole.Web.Api.OpenApi;

public sealed record ApiReferenceParameter(string Name, string Location, bool Required, string? Description);

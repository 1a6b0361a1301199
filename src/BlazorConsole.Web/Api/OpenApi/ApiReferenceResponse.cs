namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>One return code; <see cref="Examples"/> holds XML bodies by name (a VIRMT code or a description).</summary>
public sealed record ApiReferenceResponse(string StatusCode, string Description, IReadOnlyList<KeyValuePair<string, string>> Examples);

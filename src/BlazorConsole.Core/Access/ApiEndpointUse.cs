namespace BlazorConsole.Core.Access;

/// <summary>How often an API connection called one endpoint (method and path template), and when last.</summary>
public sealed record ApiEndpointUse(string Endpoint, long Count, DateTime LastCalled);

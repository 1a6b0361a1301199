namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>A connection as last read, where its calls go and a usable access token (never shown or logged).</summary>
public sealed record MdrSession(MdrConnection Connection, MdrEndpoint Endpoint, string AccessToken);

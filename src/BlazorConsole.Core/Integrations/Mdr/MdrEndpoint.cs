namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// Where one MDR API connection's calls go: every call is <c>POST {BaseUrl}/{ClientId}/{path}</c>. The base URL is
/// Kaspersky's public one unless the connection says otherwise (the sandbox, a regional portal).
/// </summary>
public sealed record MdrEndpoint(Uri BaseUrl, string ClientId)
{
    /// <summary>The public MDR REST API.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://mdr.kaspersky.com/api/v1");

    public const int ClientIdMaxLength = 128;
}

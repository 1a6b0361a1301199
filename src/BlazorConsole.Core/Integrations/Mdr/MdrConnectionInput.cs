namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// What the administrator pastes from MDR: the Client ID and the refresh token of an API connection, and the API's
/// base URL when it is not Kaspersky's public one (null or empty: <see cref="MdrEndpoint.DefaultBaseUrl"/>).
/// </summary>
public sealed record MdrConnectionInput(string? ClientId, string? RefreshToken, string? BaseUrl = null);

using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>
/// What the connect and replace-token forms hold while the administrator types. The refresh token is sent once and
/// cleared; it is never read back from the server.
/// </summary>
public sealed class MdrConnectionForm
{
    public string? BaseUrl { get; set; }

    public string? ClientId { get; set; }

    public string? RefreshToken { get; set; }

    public MdrConnectionInput ToInput() => new(ClientId?.Trim(), RefreshToken?.Trim(), string.IsNullOrWhiteSpace(BaseUrl) ? null : BaseUrl.Trim());

    /// <summary>The first problem with the base URL; null when it is an absolute https address.</summary>
    public static string? CheckBaseUrl(string? value) =>
        string.IsNullOrWhiteSpace(value) || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : "Enter the API's address starting with https:// (leave it as it is for Kaspersky's MDR).";

    public static string? CheckClientId(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "Paste the Client ID of the API connection."
        : value.Trim().Length > MdrEndpoint.ClientIdMaxLength ? $"A Client ID has at most {MdrEndpoint.ClientIdMaxLength} characters."
        : value.Trim().Any(char.IsWhiteSpace) ? "A Client ID has no spaces: copy it again from MDR."
        : null;

    public static string? CheckRefreshToken(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "Paste the refresh token (the JWT token MDR showed when you generated it)."
        : value.Trim().Split('.').Length != 3 || value.Trim().Any(char.IsWhiteSpace) ? "This is not a JWT token (three parts separated by dots): copy the whole token again."
        : null;
}

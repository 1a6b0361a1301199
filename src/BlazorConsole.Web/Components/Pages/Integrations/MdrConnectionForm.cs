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
}

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// What an MDR API connection is, as read from the claims of its access token (the signature is not checked: the
/// console only displays and scopes with it, MDR enforces it).
/// </summary>
/// <param name="ConnectionName">The connection's name; MDR shows it as the author of comments made through the API.</param>
/// <param name="Role">The access level; null when the token does not say.</param>
/// <param name="TenantNames">The MDR tenants the connection is limited to; null when it sees every tenant.</param>
public sealed record MdrConnectionProfile(string ConnectionName, MdrRole? Role, IReadOnlyList<string>? TenantNames);

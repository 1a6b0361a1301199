using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Web.Access;

/// <summary>
/// Sign-in with an OpenID Connect provider (Entra ID, Keycloak…), off while <see cref="Authority"/> is empty.
/// The provider's redirect URI is <c>https://console/signin-oidc</c>.
/// </summary>
public sealed class OidcOptions
{
    public const string SectionName = "Oidc";

    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>What the sign-in button says after "Sign in with".</summary>
    [MaxLength(64)]
    public string DisplayName { get; set; } = "single sign-on";

    /// <summary>The claim whose values are mapped to roles (Entra ID: "groups" or "roles"; Keycloak: "groups").</summary>
    [Required]
    public string RoleClaim { get; set; } = "groups";

    /// <summary>Claim value → console role (Administrator, Operator, Auditor), e.g. <c>Oidc:RoleMappings:console-ops=Operator</c>.</summary>
    public Dictionary<string, string> RoleMappings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Claim value → the tenants (names or ids) it covers, e.g. <c>Oidc:TenantScopes:acme-staff:0=Acme</c>; <c>*</c> stands
    /// for all tenants. An account whose claim values have no entry here covers all tenants; with entries, the union of them.
    /// </summary>
    public Dictionary<string, List<string>> TenantScopes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Extra scopes beyond openid and profile (for example the one that releases the group claim).</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Only a test provider on 127.0.0.1 may set this to false.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}

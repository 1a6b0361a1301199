using BlazorConsole.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BlazorConsole.Web.Access;

/// <summary>
/// Adds the OpenID Connect scheme when <c>Oidc:Authority</c> is set: authorization code flow with PKCE, the result
/// held in Identity's external cookie until <see cref="OidcEndpoints"/> links or creates the account.
/// </summary>
internal static class OidcRegistration
{
    public static AuthenticationBuilder AddConsoleOidc(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var options = configuration.GetSection(OidcOptions.SectionName).Get<OidcOptions>() ?? new OidcOptions();
        authentication.Services.AddOptions<OidcOptions>()
            .BindConfiguration(OidcOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.ClientId), "Oidc:ClientId is required when Oidc:Authority is set.")
            .Validate(o => o.RoleMappings.Values.All(r => ConsoleRoles.All.Contains(r, StringComparer.Ordinal)), $"Every Oidc:RoleMappings value must be one of {string.Join(", ", ConsoleRoles.All)}.")
            .ValidateOnStart();
        if (!options.Enabled)
        {
            return authentication;
        }

        return authentication.AddOpenIdConnect(OidcOptions.Scheme, options.DisplayName, oidc =>
        {
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.SignOutScheme = IdentityConstants.ApplicationScheme;
            oidc.Authority = options.Authority;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.UsePkce = true;
            oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
            oidc.CallbackPath = "/signin-oidc";
            oidc.SignedOutCallbackPath = "/signout-callback-oidc";
            oidc.SignedOutRedirectUri = AccessRegistration.SignInPath;
            oidc.MapInboundClaims = false;
            // the group/role claim is read from the ID token (Entra ID and Keycloak put it there when asked to)
            oidc.GetClaimsFromUserInfoEndpoint = false;
            oidc.SaveTokens = false;
            oidc.Scope.Clear();
            oidc.Scope.Add("openid");
            oidc.Scope.Add("profile");
            foreach (var scope in options.Scopes)
            {
                oidc.Scope.Add(scope);
            }
        });
    }
}

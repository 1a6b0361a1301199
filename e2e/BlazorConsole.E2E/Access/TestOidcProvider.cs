using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BlazorConsole.E2E.Access;

/// <summary>
/// A real OpenID Connect provider for the tests: OpenIddict on Kestrel (127.0.0.1, a free port), an in-memory
/// store, one confidential client (code flow with PKCE) and one user whose "groups" claim holds
/// <see cref="Group"/>. Its own sign-in page is a plain form.
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    public const string ClientId = "blazorconsole";
    public const string ClientSecret = "test-client-secret-4711";
    public const string UserName = "pia.provider";
    public const string Password = "Provider-Passw0rd!";
    public const string Group = "console-operators";

    private const string LoginCookie = "provider-login";

    private WebApplication? _app;

    public Uri Authority { get; private set; } = null!;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var services = builder.Services;
        var database = Guid.NewGuid().ToString("N");
        services.AddDbContext<DbContext>(o => o.UseInMemoryDatabase(database).UseOpenIddict());
        services.AddAuthentication(LoginCookie).AddCookie(LoginCookie, o => o.LoginPath = "/login");
        services.AddAuthorization();
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<DbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapGet("/login", (string? returnUrl) => Results.Content(LoginForm(returnUrl ?? "/"), "text/html; charset=utf-8"));
        _app.MapPost("/login", (Delegate)LoginAsync);
        _app.MapMethods("/connect/authorize", ["GET", "POST"], (Delegate)AuthorizeAsync);
        _app.MapMethods("/connect/endsession", ["GET", "POST"], (Delegate)EndSessionAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Authority = new Uri(address + "/");
    }

    /// <summary>Registers the console as the client, once its address is known.</summary>
    public async Task RegisterClientAsync(Uri console)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(console, "signin-oidc") },
            PostLogoutRedirectUris = { new Uri(console, "signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static async Task<IResult> LoginAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        if (form["username"] != UserName || form["password"] != Password)
        {
            return Results.Content(LoginForm(returnUrl, "Wrong user name or password."), "text/html; charset=utf-8");
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, UserName)], LoginCookie);
        await context.SignInAsync(LoginCookie, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl.StartsWith('/') ? returnUrl : "/");
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var login = await context.AuthenticateAsync(LoginCookie);
        if (!login.Succeeded)
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [LoginCookie]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, "provider-user-1")
            .SetClaim(Claims.PreferredUsername, UserName)
            .SetClaim(Claims.Name, "Pia Provider")
            .SetClaims("groups", [Group, "some-other-group"]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(LoginCookie);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static string LoginForm(string returnUrl, string? error = null) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test provider sign-in</title></head><body><h1>Test provider</h1>" +
        (error is null ? "" : $"<p role=\"alert\">{error}</p>") +
        "<form method=\"post\" action=\"/login\">" +
        $"<input type=\"hidden\" name=\"returnUrl\" value=\"{WebUtility.HtmlEncode(returnUrl)}\">" +
        "<label>Provider user name <input name=\"username\"></label>" +
        "<label>Provider password <input name=\"password\" type=\"password\"></label>" +
        "<button type=\"submit\">Continue</button></form></body></html>";
}

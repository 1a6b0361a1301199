using System.Security.Claims;
using BlazorConsole.Core.Access;
using BlazorConsole.Data.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Access;

/// <summary>
/// POST /signin/external (antiforgery) starts the provider's sign-in; GET /signin/external/callback links the
/// provider's subject to an account (created at the first sign-in), sets its roles and its tenant scope from the mapped
/// group claim values at every sign-in (<see cref="OidcTenantScopes"/>), and signs in. Without a mapped role nobody is signed in or created.
/// </summary>
internal static partial class OidcEndpoints
{
    public const string StartPath = "/signin/external";
    public const string CallbackPath = "/signin/external/callback";

    /// <summary>Query value of /signin?error= that the sign-in page turns into a message.</summary>
    public const string NoRoleError = "no-role";
    public const string RefusedError = "external-refused";

    public static IEndpointRouteBuilder MapConsoleOidc(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(StartPath, StartAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet(CallbackPath, CallbackAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> StartAsync(HttpContext context, IAntiforgery antiforgery, IOptions<OidcOptions> options, SignInManager<ConsoleUser> signInManager, string? returnUrl)
    {
        if (!options.Value.Enabled)
        {
            return Results.NotFound();
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var redirect = $"{CallbackPath}?returnUrl={Uri.EscapeDataString(LocalUrl.OrHome(returnUrl))}";
        var properties = signInManager.ConfigureExternalAuthenticationProperties(OidcOptions.Scheme, redirect);
        return Results.Challenge(properties, [OidcOptions.Scheme]);
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext context,
        SignInManager<ConsoleUser> signInManager,
        IOptions<OidcOptions> options,
        TimeProvider timeProvider,
        IAccountScopeStore scopes,
        ILoggerFactory loggers,
        string? returnUrl)
    {
        var logger = loggers.CreateLogger(typeof(OidcEndpoints).FullName!);
        var info = await signInManager.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return Results.Redirect(AccessRegistration.SignInPath);
        }

        var roles = MappedRoles(info.Principal, options.Value);
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        if (roles.Count == 0)
        {
            LogNoRole(logger, info.LoginProvider);
            return Results.Redirect($"{AccessRegistration.SignInPath}?error={NoRoleError}");
        }

        var users = signInManager.UserManager;
        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (user is null)
        {
            var userName = UserNameOf(info.Principal) ?? $"{info.LoginProvider}-{info.ProviderKey}";
            if (await users.FindByNameAsync(userName) is not null)
            {
                // a local account of that name exists: never take it over from a provider's claim
                LogNameTaken(logger, userName);
                return Results.Redirect($"{AccessRegistration.SignInPath}?error={RefusedError}");
            }

            user = new ConsoleUser { UserName = userName, Created = timeProvider.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(user);
            if (created.Succeeded)
            {
                created = await users.AddLoginAsync(user, new UserLoginInfo(info.LoginProvider, info.ProviderKey, info.ProviderDisplayName));
            }

            if (!created.Succeeded)
            {
                return Results.Redirect($"{AccessRegistration.SignInPath}?error={RefusedError}");
            }

            LogCreated(logger, userName, info.LoginProvider);
        }

        if (!await signInManager.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return Results.Redirect($"{AccessRegistration.SignInPath}?error={RefusedError}");
        }

        await ConsoleRoleStore.EnsureAsync(context.RequestServices);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles, StringComparer.Ordinal));
        await users.AddToRolesAsync(user, roles.Except(current, StringComparer.Ordinal));
        var scope = await OidcTenantScopes.ApplyAsync(user.Id, info.Principal, options.Value, scopes, logger, context.RequestAborted);

        // the provider verified the person (and its own multi-factor policy): no local second step
        await signInManager.SignInAsync(user, new AuthenticationProperties { IsPersistent = false }, info.LoginProvider);
        LogSignedIn(logger, user.UserName!, info.LoginProvider, string.Join(", ", roles), scope.AllTenants ? "all" : scope.TenantIds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return SameSiteRedirect(LocalUrl.OrHome(returnUrl));
    }

    /// <summary>
    /// The sign-in cookie is SameSite=Strict, and this response ends a redirect chain the provider started (cross-site),
    /// so a plain 302 would arrive without the cookie: a page that moves on by itself starts a same-site navigation.
    /// </summary>
    private static IResult SameSiteRedirect(string target)
    {
        var encoded = System.Net.WebUtility.HtmlEncode(target);
        return Results.Content(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0;url={encoded}\"><title>Signed in · BlazorConsole</title></head>" +
            $"<body><p>Signed in. <a href=\"{encoded}\">Continue to the console</a>.</p></body></html>",
            "text/html; charset=utf-8");
    }

    /// <summary>The console roles the provider's claim values map to (unknown values are ignored).</summary>
    public static IReadOnlyList<string> MappedRoles(ClaimsPrincipal principal, OidcOptions options) =>
        [.. principal.FindAll(options.RoleClaim)
            .Select(c => options.RoleMappings.TryGetValue(c.Value, out var role) ? role : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private static readonly string[] UserNameClaims = ["preferred_username", "email", "name"];

    private static string? UserNameOf(ClaimsPrincipal principal) =>
        UserNameClaims
            .Select(principal.FindFirstValue)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in through {Provider} was refused: none of the account's claim values maps to a console role.")]
    private static partial void LogNoRole(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in through an external provider was refused: the local account \"{UserName}\" exists and is not linked to it.")]
    private static partial void LogNameTaken(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the account \"{UserName}\" at its first sign-in through {Provider}.")]
    private static partial void LogCreated(ILogger logger, string userName, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "User \"{UserName}\" signed in through {Provider} with the roles {Roles} and tenants: {Tenants}.")]
    private static partial void LogSignedIn(ILogger logger, string userName, string provider, string roles, string tenants);
}

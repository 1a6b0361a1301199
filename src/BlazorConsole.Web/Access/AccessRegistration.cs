using BlazorConsole.Core.Access;
using BlazorConsole.Data.Access;
using BlazorConsole.Data.Common;
using BlazorConsole.Web.Api.Common;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;

namespace BlazorConsole.Web.Access;

public static class AccessRegistration
{
    public const string SignInPath = "/signin";

    public const string SignOutPath = "/signout";

    /// <summary>The second sign-in step: the authenticator code or a recovery code.</summary>
    public const string SignInTwoStepPath = "/signin/two-step";

    /// <summary>Two-step verification enrolment of the signed-in account.</summary>
    public const string TwoStepPath = "/access/two-step";

    /// <summary>
    /// Accounts (ASP.NET Core Identity on the console's store), the sign-in cookie for pages, HTTP Basic for the
    /// REST API (failures throttled per client address, never counted toward account lockout: only the sign-in
    /// page locks an account), a fallback policy that asks every page for a signed-in user, and the first administrator.
    /// </summary>
    public static IServiceCollection AddConsoleAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName);
        services.AddSingleton<BootstrapAdministrator>();
        services.AddSingleton<VerifiedCredentialCache>();
        services.AddOptions<ApiThrottleOptions>()
            .BindConfiguration(ApiThrottleOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ApiFailureThrottle>();
        services.AddSingleton<AccountAdministration>();
        services.AddSignInRateLimit();

        // a disabled account's cookie, or one whose password was reset, is refused at the next validation
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddScheme<BasicAuthenticationOptions, BasicAuthenticationHandler>(BasicAuthenticationDefaults.Scheme, _ => { })
            .AddJwtBearer()
            .AddPolicyScheme(ApiTokenDefaults.ApiScheme, "HTTP Basic or Bearer", scheme => scheme.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : BasicAuthenticationDefaults.Scheme)
            .AddConsoleOidc(configuration)
            .AddIdentityCookies();
        services.AddConsoleApiConnections();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "BlazorConsole.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = SignInPath;
            cookie.Events.OnRedirectToLogin = context => RedirectOrAnswerAsync(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrAnswerAsync(context, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<ConsoleUser>(identity =>
            {
                identity.Password.RequiredLength = 12;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = false;
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddClaimsPrincipalFactory<ConsoleClaimsPrincipalFactory>()
            .AddUserManager<ConsoleUserManager>()
            .AddSignInManager<ConsoleSignInManager>()
            .AddTokenProvider<AuthenticatorTokenProvider<ConsoleUser>>(TokenOptions.DefaultAuthenticatorProvider)
            .AddEntityFrameworkStores<ConsoleDbContext>();

        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Api, policy => policy
                .AddAuthenticationSchemes(ApiTokenDefaults.ApiScheme)
                .RequireAuthenticatedUser())
            .AddPolicy(AccessPolicies.ApiRead, policy => policy
                .AddAuthenticationSchemes(ApiTokenDefaults.ApiScheme)
                .RequireRole(ConsoleRoles.Administrator, ConsoleRoles.Operator, ConsoleRoles.Auditor))
            .AddPolicy(AccessPolicies.ApiWrite, policy => policy
                .AddAuthenticationSchemes(ApiTokenDefaults.ApiScheme)
                .RequireRole(ConsoleRoles.Administrator, ConsoleRoles.Operator))
            .AddPolicy(AccessPolicies.Operator, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireRole(ConsoleRoles.Administrator, ConsoleRoles.Operator))
            .AddPolicy(AccessPolicies.Administrator, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireRole(ConsoleRoles.Administrator))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .Build());

        services.AddHttpContextAccessor();
        services.AddSingleton<IAccessScope, PrincipalAccessScope>();
        services.AddScoped<CircuitHandler, CircuitPrincipal>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, ConsoleAuthenticationStateProvider>();
        return services;
    }

    /// <summary>A page is redirected to /signin; an API path (even an unknown one) answers the status code instead.</summary>
    private static Task RedirectOrAnswerAsync(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int statusCode)
    {
        if (!context.Request.Path.StartsWithSegments(ApiRoutes.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = statusCode;
        if (statusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = BasicAuthenticationDefaults.Challenge;
        }

        return Task.CompletedTask;
    }
}

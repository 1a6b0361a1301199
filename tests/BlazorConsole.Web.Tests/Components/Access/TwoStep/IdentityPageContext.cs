using BlazorConsole.Data.Access;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Tests.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Access.TwoStep;

/// <summary>
/// The real Identity of a console on a temp SQLite database (<see cref="AccessHost"/>) for the static sign-in pages:
/// a request (<see cref="HttpContext"/>) whose cookies a test sets, and a sign-in manager that works on it.
/// </summary>
public sealed class IdentityPageContext : IDisposable
{
    private readonly AccessHost _host = new();
    private readonly AsyncServiceScope _scope;

    public IdentityPageContext()
    {
        _scope = _host.Services.CreateAsyncScope();
        HttpContext = NewRequest();
        SignInManager = ActivatorUtilities.CreateInstance<ConsoleSignInManager>(_scope.ServiceProvider, new FixedAccessor(this));
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public UserManager<ConsoleUser> Users => Services.GetRequiredService<UserManager<ConsoleUser>>();

    public AccountAdministration Accounts => _host.Services.GetRequiredService<AccountAdministration>();

    public SignInManager<ConsoleUser> SignInManager { get; }

    /// <summary>The request the pages and the sign-in manager see; replace it to start the next request.</summary>
    public HttpContext HttpContext { get; set; }

    public HttpContext NewRequest() => new DefaultHttpContext { RequestServices = Services };

    /// <summary>Adds an account with a password; returns it.</summary>
    public async Task<ConsoleUser> AddAccountAsync(string userName, string password)
    {
        var created = await Accounts.CreateAsync(new NewAccount(userName, BlazorConsole.Core.Access.ConsoleRoles.Operator, password), "admin");
        Assert.True(created.IsSuccess, created.Error?.Message);
        return (await Users.FindByNameAsync(userName))!;
    }

    /// <summary>Turns two-step verification on for the account; returns its authenticator key and recovery codes.</summary>
    public async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(ConsoleUser user)
    {
        await Users.ResetAuthenticatorKeyAsync(user);
        var key = (await Users.GetAuthenticatorKeyAsync(user))!;
        await Users.SetTwoFactorEnabledAsync(user, true);
        var codes = await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        return (key, [.. codes!]);
    }

    /// <summary>The current request signed in as <paramref name="user"/> (the principal the pages read).</summary>
    public async Task SignedInAsAsync(ConsoleUser user) =>
        HttpContext.User = await SignInManager.CreateUserPrincipalAsync(user);

    /// <summary>
    /// The password step of sign-in on one request, then a new request carrying the cookies it set (Identity's
    /// two-factor cookie when the account has two-step verification).
    /// </summary>
    public async Task<SignInResult> PasswordStepAsync(string userName, string password)
    {
        var result = await SignInManager.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true);
        var cookies = HttpContext.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]);
        HttpContext = NewRequest();
        HttpContext.Request.Headers.Cookie = string.Join("; ", cookies);
        return result;
    }

    /// <summary>The names of the cookies the current request's response set.</summary>
    public IReadOnlyList<string> CookiesSet() =>
        [.. HttpContext.Response.Headers.SetCookie.Select(c => c!.Split('=')[0])];

    public void Dispose()
    {
        _scope.Dispose();
        _host.Dispose();
    }

    private sealed class FixedAccessor(IdentityPageContext owner) : IHttpContextAccessor
    {
        public HttpContext? HttpContext
        {
            get => owner.HttpContext;
            set => throw new NotSupportedException();
        }
    }
}

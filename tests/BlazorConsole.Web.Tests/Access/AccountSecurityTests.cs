using System.Net;
using System.Text.RegularExpressions;
using BlazorConsole.Core.Access;
using BlazorConsole.Testing.Access;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Components.Pages.Access;
using BlazorConsole.Web.Components.Pages.Access.TwoStep;
using BlazorConsole.Web.Tests.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Access;

/// <summary>Disabled accounts, the Administrator-only accounts page, two-step sign-in, security headers and the sign-in rate limit.</summary>
public sealed partial class AccountSecurityTests : IDisposable
{
    private const string OperatorName = "olga";
    private const string OperatorPassword = "Operator-Passw0rd!";

    private readonly AccessHost _host = new();

    public AccountSecurityTests() =>
        // every request validates the security stamp, so "at the next validation" is the next request
        _host.Factory.TestServices.Add(services => services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));

    public void Dispose() => _host.Dispose();

    private AccountAdministration Accounts => _host.Services.GetRequiredService<AccountAdministration>();

    private async Task<string> AddOperatorAsync()
    {
        var created = await Accounts.CreateAsync(new NewAccount(OperatorName, ConsoleRoles.Operator, OperatorPassword), "admin");
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value.Id;
    }

    [Fact]
    public async Task DisabledAccount_CannotSignIn_AndGetsTheSameErrorAsAWrongPassword()
    {
        using var client = _host.CreateClient();
        var id = await AddOperatorAsync();
        Assert.True((await Accounts.SetDisabledAsync(id, disabled: true, "admin")).IsSuccess);

        var response = await client.SignInAsync(OperatorName, OperatorPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SignInPage.IncorrectMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(SignInPageTests.AuthCookie, client.Cookies.Keys);
    }

    [Fact]
    public async Task DisablingAnAccount_RejectsItsExistingCookie_AndEnablingLetsItSignInAgain()
    {
        using var client = _host.CreateClient();
        var id = await AddOperatorAsync();
        await client.SignInAsync(OperatorName, OperatorPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await Accounts.SetDisabledAsync(id, disabled: true, "admin");

        var refused = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/signin", AccessClient.RedirectTargetOf(refused), StringComparison.Ordinal);

        await Accounts.SetDisabledAsync(id, disabled: false, "admin");
        using var again = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(OperatorName, OperatorPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task DisabledAccount_IsRefusedByHttpBasicToo()
    {
        using var client = _host.CreateClient();
        var id = await AddOperatorAsync();
        await Accounts.SetDisabledAsync(id, disabled: true, "admin");

        var response = await client.GetAsync("/api/2.0/virtualization/tenants", AccessClient.BasicValue(OperatorName, OperatorPassword));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AdministratorCannotDisableTheirOwnAccount()
    {
        var admin = (await Accounts.ListAsync()).Single(a => a.UserName == ConsoleFactory.AdminUserName);

        var result = await Accounts.SetDisabledAsync(admin.Id, disabled: true, ConsoleFactory.AdminUserName);

        Assert.Equal(AccountErrors.OwnAccountCode, result.Error?.Code);
        Assert.False((await Accounts.ListAsync()).Single(a => a.Id == admin.Id).Disabled);
    }

    [Fact]
    public async Task LockedAccount_IsUnlockedByTheAdministrator()
    {
        using var client = _host.CreateClient();
        var id = await AddOperatorAsync();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(OperatorName, $"Wrong-Passw0rd-{i}");
        }

        Assert.NotNull((await Accounts.ListAsync()).Single(a => a.Id == id).LockedOutUntil);
        Assert.True((await Accounts.UnlockAsync(id, "admin")).IsSuccess);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(OperatorName, OperatorPassword)).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_ReturnsANewPasswordThatSignsIn_AndTheOldOneNoLonger()
    {
        var id = await AddOperatorAsync();

        var reset = await Accounts.ResetPasswordAsync(id, "admin");

        Assert.True(reset.IsSuccess);
        using var old = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await old.SignInAsync(OperatorName, OperatorPassword)).StatusCode);
        using var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(OperatorName, reset.Value!)).StatusCode);
    }

    [Fact]
    public async Task CreateAccount_WithAWeakPassword_IsRefusedAndCreatesNothing()
    {
        var result = await Accounts.CreateAsync(new NewAccount("weak", ConsoleRoles.Operator, "short"), "admin");

        Assert.Equal(AccountErrors.InvalidCode, result.Error?.Code);
        Assert.DoesNotContain(await Accounts.ListAsync(), a => a.UserName == "weak");
    }

    [Fact]
    public async Task AccountsPage_IsForAdministratorsOnly()
    {
        await AddOperatorAsync();
        using var admin = _host.CreateClient();
        await admin.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        using var operatorClient = _host.CreateClient();
        await operatorClient.SignInAsync(OperatorName, OperatorPassword);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/access/accounts")).StatusCode);
        var refused = await operatorClient.GetAsync("/access/accounts");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/signin", AccessClient.RedirectTargetOf(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoStep_EnrolThenSignInWithACode_OrARecoveryCode()
    {
        using var client = _host.CreateClient();
        await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        var enrolment = await (await client.GetAsync(AccessRegistration.TwoStepPath)).Content.ReadAsStringAsync();
        var key = Totp.KeyFromDisplay(System.Net.WebUtility.HtmlDecode(SharedKeyPattern().Match(enrolment).Groups[1].Value));
        Assert.Matches("otpauth://totp/BlazorConsole:admin\\?secret=" + key, System.Net.WebUtility.HtmlDecode(enrolment));

        var wrong = await PostCodeAsync(client, AccessRegistration.TwoStepPath, "two-step-enable", "000000", enrolment);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(TwoStepPage.WrongCodeMessage), await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var enabled = await PostCodeAsync(client, AccessRegistration.TwoStepPath, "two-step-enable", Totp.Compute(key, DateTimeOffset.UtcNow), enrolment);
        var codes = RecoveryCodePattern().Matches(await enabled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(TwoStepPage.RecoveryCodeCount, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        // password alone no longer signs in: the code page comes next
        using var second = _host.CreateClient();
        var afterPassword = await second.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        Assert.Equal("/signin/two-step?ReturnUrl=%2F", AccessClient.RedirectTargetOf(afterPassword));
        Assert.DoesNotContain(SignInPageTests.AuthCookie, second.Cookies.Keys);
        var codePage = await (await second.GetAsync("/signin/two-step?ReturnUrl=%2F")).Content.ReadAsStringAsync();
        var refused = await PostCodeAsync(second, "/signin/two-step?ReturnUrl=%2F", "signin-two-step", "123456", codePage);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(SignInTwoStepPage.WrongCodeMessage), await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var accepted = await PostCodeAsync(second, "/signin/two-step?ReturnUrl=%2F", "signin-two-step", Totp.Compute(key, DateTimeOffset.UtcNow.AddSeconds(30)), codePage);
        Assert.Equal("/", AccessClient.RedirectTargetOf(accepted));
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).StatusCode);

        // a recovery code works once
        using var third = _host.CreateClient();
        await third.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        var recoveryPage = await (await third.GetAsync("/signin/two-step")).Content.ReadAsStringAsync();
        Assert.Equal("/", AccessClient.RedirectTargetOf(await PostCodeAsync(third, "/signin/two-step", "signin-two-step", codes[0], recoveryPage)));
        using var fourth = _host.CreateClient();
        await fourth.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        var reusedPage = await (await fourth.GetAsync("/signin/two-step")).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostCodeAsync(fourth, "/signin/two-step", "signin-two-step", codes[0], reusedPage)).StatusCode);
        Assert.DoesNotContain(SignInPageTests.AuthCookie, fourth.Cookies.Keys);
    }

    [Fact]
    public async Task TwoStepRequiredForEveryone_SendsAnAccountWithoutItToEnrolmentAfterSignIn()
    {
        await Accounts.SetTwoStepRequiredForEveryoneAsync(required: true, "admin");
        using var client = _host.CreateClient();

        var response = await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        Assert.Equal(TwoStepPage.RequiredPath, AccessClient.RedirectTargetOf(response));
        var page = await (await client.GetAsync(TwoStepPage.RequiredPath)).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"two-step-required\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoStepPage_WhileAnonymous_RedirectsToSignIn()
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync(AccessRegistration.TwoStepPath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", AccessClient.RedirectTargetOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_CarriesTheSecurityHeaders_AndTheImportMapCarriesTheCspNonce()
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync("/signin");
        var html = await response.Content.ReadAsStringAsync();

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        var nonce = Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));

        var second = await client.GetAsync("/signin");
        Assert.DoesNotContain($"'nonce-{nonce}'", string.Join(";", second.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostCodeAsync(AccessClient client, string path, string handler, string code, string page) =>
        await client.PostFormAsync(path, new Dictionary<string, string>
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = AccessClient.TokenOf(page),
            ["Input.Code"] = code,
        });

    [GeneratedRegex("data-testid=\"shared-key\"[^>]*>([^<]+)<")]
    private static partial Regex SharedKeyPattern();

    [GeneratedRegex("<li>([A-Z0-9]{5}-[A-Z0-9]{5})</li>")]
    private static partial Regex RecoveryCodePattern();
}

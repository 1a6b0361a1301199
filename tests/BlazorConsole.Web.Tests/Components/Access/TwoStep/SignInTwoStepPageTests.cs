using BlazorConsole.Testing.Access;
using BlazorConsole.Web.Components.Pages.Access;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Access.TwoStep;

/// <summary>The sign-in code page over the console's real Identity: no password step, validation, wrong code, right code, recovery code.</summary>
public sealed class SignInTwoStepPageTests : ConsoleComponentTest
{
    private const string Password = "Tess-Passw0rd!!";

    private readonly IdentityPageContext _identity = new();

    protected override void AddServices(IServiceCollection services) =>
        services.AddSingleton(_ => _identity.SignInManager);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _identity.Dispose();
    }

    [Fact]
    public void Render_WithoutThePasswordStep_SendsBackToSignIn()
    {
        Authorization.SetNotAuthorized();

        Render<SignInTwoStepPage>();

        Assert.EndsWith("/signin", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NoCode_ShowsTheValidationMessage()
    {
        await AfterPasswordAsync();
        var cut = Render<SignInTwoStepPage>();

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Enter the code from your authenticator app or a recovery code.", cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("/signin", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WrongCode_SaysSoAndSignsNobodyIn()
    {
        var key = await AfterPasswordAsync();
        var cut = Render<SignInTwoStepPage>();

        cut.Find("#signin-code").Change(Totp.Compute(key, DateTimeOffset.UtcNow.AddMinutes(-10)));
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains(SignInTwoStepPage.WrongCodeMessage, cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("BlazorConsole.Auth", _identity.CookiesSet());
        Assert.True(string.IsNullOrEmpty(cut.Find("#signin-code").GetAttribute("value")));
    }

    [Fact]
    public async Task Verify_RightCode_SignsInAndFollowsTheLocalReturnUrl()
    {
        var key = await AfterPasswordAsync();
        Navigation.NavigateTo("/signin/two-step?ReturnUrl=%2Ftasks");
        var cut = Render<SignInTwoStepPage>();

        cut.Find("#signin-code").Change(Totp.Compute(key, DateTimeOffset.UtcNow));
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.EndsWith("/tasks", Navigation.Uri, StringComparison.Ordinal));
        Assert.Contains("BlazorConsole.Auth", _identity.CookiesSet());
    }

    [Fact]
    public async Task Verify_RecoveryCode_SignsInOnce()
    {
        var recovery = (await AfterPasswordWithCodesAsync()).RecoveryCodes[0];
        var cut = Render<SignInTwoStepPage>();

        cut.Find("#signin-code").Change(recovery);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("BlazorConsole.Auth", _identity.CookiesSet()));
        Assert.Equal(9, await _identity.Users.CountRecoveryCodesAsync((await _identity.Users.FindByNameAsync("tess"))!));
    }

    private async Task<string> AfterPasswordAsync() => (await AfterPasswordWithCodesAsync()).Key;

    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> AfterPasswordWithCodesAsync()
    {
        Authorization.SetNotAuthorized();
        var user = await _identity.AddAccountAsync("tess", Password);
        var enrolled = await _identity.EnrolAsync(user);
        var step = await _identity.PasswordStepAsync("tess", Password);
        Assert.True(step.RequiresTwoFactor);
        return enrolled;
    }
}

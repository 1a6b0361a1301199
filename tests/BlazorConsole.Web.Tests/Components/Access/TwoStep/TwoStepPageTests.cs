using BlazorConsole.Data.Access;
using BlazorConsole.Testing.Access;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Components.Pages.Access.TwoStep;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Access.TwoStep;

/// <summary>The enrolment page over the console's real Identity: not on, required, wrong code, validation, recovery codes, on.</summary>
public sealed class TwoStepPageTests : ConsoleComponentTest
{
    private const string Password = "Tess-Passw0rd!!";

    private readonly IdentityPageContext _identity = new();

    protected override void AddServices(IServiceCollection services)
    {
        services.AddSingleton(_ => _identity.Users);
        services.AddSingleton(_ => _identity.SignInManager);
        services.AddSingleton(_ => _identity.Accounts);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _identity.Dispose();
    }

    [Fact]
    public async Task Render_NotOn_ShowsTheKeyAndTheOtpauthAddress_WithoutSayingItIsRequired()
    {
        var user = await SignedInAsync();

        var cut = RenderPage();

        var key = (await _identity.Users.GetAuthenticatorKeyAsync(user))!;
        Assert.Equal(AuthenticatorKey.Format(key), cut.Find("[data-testid=shared-key]").TextContent.Trim());
        Assert.Contains($"otpauth://totp/BlazorConsole:tess?secret={key}", cut.Find("[data-testid=otpauth-uri]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=two-step-required]"));
        Assert.Empty(cut.FindAll("form[action='/signout']"));
    }

    [Fact]
    public async Task Render_Required_SaysSoAndOffersSignOut()
    {
        await SignedInAsync();
        await _identity.Accounts.SetTwoStepRequiredForEveryoneAsync(required: true, "admin");

        var cut = RenderPage();

        Assert.Contains("requires two-step verification", cut.Find("[data-testid=two-step-required]").TextContent, StringComparison.Ordinal);
        Assert.Equal("post", cut.Find("form[action='/signout']").GetAttribute("method"));
    }

    [Fact]
    public async Task Enable_NoCode_ShowsTheValidationMessageAndStaysOff()
    {
        var user = await SignedInAsync();
        var cut = RenderPage();

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Enter the 6-digit code your authenticator app shows.", cut.Markup, StringComparison.Ordinal));
        Assert.False((await Reloaded(user)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Enable_FiveDigits_ShowsTheFormatMessage()
    {
        await SignedInAsync();
        var cut = RenderPage();

        cut.Find("#two-step-code").Change("12345");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("The code has 6 digits.", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Enable_WrongCode_SaysSoEmptiesTheFieldAndStaysOff()
    {
        var user = await SignedInAsync();
        var cut = RenderPage();
        var key = (await _identity.Users.GetAuthenticatorKeyAsync(user))!;
        var wrong = Totp.Compute(key, DateTimeOffset.UtcNow.AddMinutes(-10));

        cut.Find("#two-step-code").Change(wrong);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains(TwoStepPage.WrongCodeMessage, cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.True(string.IsNullOrEmpty(cut.Find("#two-step-code").GetAttribute("value")));
        Assert.False((await Reloaded(user)).TwoFactorEnabled);
        Assert.Empty(cut.FindAll("[data-testid=recovery-codes]"));
    }

    [Fact]
    public async Task Enable_RightCode_TurnsItOnAndShowsTenRecoveryCodesOnce()
    {
        var user = await SignedInAsync();
        var cut = RenderPage();
        var key = (await _identity.Users.GetAuthenticatorKeyAsync(user))!;

        cut.Find("#two-step-code").Change(Totp.Compute(key, DateTimeOffset.UtcNow));
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(TwoStepPage.RecoveryCodeCount, cut.FindAll("[data-testid=recovery-codes] li").Count));
        Assert.Contains("Two-step verification is on for tess", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.True((await Reloaded(user)).TwoFactorEnabled);

        // shown only now: the page rendered again counts what is left instead
        var again = RenderPage();
        Assert.Empty(again.FindAll("[data-testid=recovery-codes]"));
        Assert.Contains($"Recovery codes left: {TwoStepPage.RecoveryCodeCount}.", again.Markup, StringComparison.Ordinal);
    }

    private async Task<ConsoleUser> SignedInAsync()
    {
        var user = await _identity.AddAccountAsync("tess", Password);
        await _identity.SignedInAsAsync(user);
        return user;
    }

    private async Task<ConsoleUser> Reloaded(ConsoleUser user) =>
        (await _identity.Services.GetRequiredService<UserManager<ConsoleUser>>().FindByIdAsync(user.Id))!;

    private IRenderedComponent<TwoStepPage> RenderPage() =>
        Render<TwoStepPage>(p => p.AddCascadingValue<HttpContext>(_identity.HttpContext));
}

using BlazorConsole.Data.Access;
using BlazorConsole.Web.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace BlazorConsole.Web.Components.Pages.Access;

/// <summary>
/// The second sign-in step (static SSR, antiforgery): reached after a right password of an account with two-step
/// verification (Identity's two-factor cookie says whose). A 6-digit code is checked with the authenticator,
/// anything else as a recovery code (each works once); failures count toward lockout like wrong passwords.
/// </summary>
public sealed partial class SignInTwoStepPage
{
    public const string WrongCodeMessage = "The code is not valid. Try the current code from your app or a recovery code.";

    private string? _error;

    [Inject]
    private SignInManager<ConsoleUser> SignInManager { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<SignInTwoStepPage> Logger { get; set; } = default!;

    [SupplyParameterFromForm]
    private SignInTwoStepInput Input { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "ReturnUrl")]
    private string? ReturnUrl { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new SignInTwoStepInput();
        if (await SignInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            // no password step before (or it expired): start again
            Navigation.NavigateTo(AccessRegistration.SignInPath);
        }
    }

    private async Task VerifyAsync()
    {
        var code = new string([.. Input.Code.Where(c => !char.IsWhiteSpace(c))]);
        Input.Code = "";
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await SignInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await SignInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            LogVerified(Logger);
            Navigation.NavigateTo(LocalUrl.OrHome(ReturnUrl));
            return;
        }

        _error = result.IsLockedOut ? SignInPage.LockedOutMessage : WrongCodeMessage;
        LogRefused(Logger, result.IsLockedOut);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A two-step sign-in code was accepted.")]
    private static partial void LogVerified(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "A two-step sign-in code was refused (locked out: {LockedOut}).")]
    private static partial void LogRefused(ILogger logger, bool lockedOut);
}

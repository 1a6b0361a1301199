using BlazorConsole.Data.Access;
using BlazorConsole.Web.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace BlazorConsole.Web.Components.Pages.Access.TwoStep;

/// <summary>
/// Enrolment of the signed-in account in TOTP two-step verification (Identity's authenticator token provider).
/// Static SSR, because turning it on renews the security stamp and so the sign-in cookie must be renewed too.
/// The shared key is shown as text and as an otpauth URI; a right code turns it on and shows 10 recovery codes once.
/// </summary>
public sealed partial class TwoStepPage
{
    /// <summary>Where sign-in sends an account that must enrol first.</summary>
    public const string RequiredPath = AccessRegistration.TwoStepPath + "?required=true";

    public const string WrongCodeMessage = "The code does not match. Check the key in your app and the time on your phone, then enter the current code.";

    public const int RecoveryCodeCount = 10;

    private string _userName = "";
    private string _sharedKey = "";
    private string _uri = "";
    private bool _enabled;
    private bool _required;
    private int _recoveryCodesLeft;
    private IReadOnlyList<string>? _recoveryCodes;
    private string? _error;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private UserManager<ConsoleUser> Users { get; set; } = default!;

    [Inject]
    private SignInManager<ConsoleUser> SignInManager { get; set; } = default!;

    [Inject]
    private AccountAdministration Accounts { get; set; } = default!;

    [Inject]
    private ILogger<TwoStepPage> Logger { get; set; } = default!;

    [SupplyParameterFromForm]
    private TwoStepInput Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new TwoStepInput();
        var user = await CurrentUserAsync();
        _userName = user.UserName!;
        _enabled = user.TwoFactorEnabled;
        _required = !_enabled && await Accounts.IsTwoStepRequiredAsync(user);
        if (_enabled)
        {
            _recoveryCodesLeft = await Users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            key = await Users.GetAuthenticatorKeyAsync(user);
            await SignInManager.RefreshSignInAsync(user);
        }

        _sharedKey = AuthenticatorKey.Format(key!);
        _uri = AuthenticatorKey.Uri(_userName, key!);
    }

    private async Task EnableAsync()
    {
        var code = new string([.. Input.Code.Where(char.IsAsciiDigit)]);
        Input.Code = "";
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return;
        }

        if (!await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            _error = WrongCodeMessage;
            return;
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        _recoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        _enabled = true;
        _required = false;
        await SignInManager.RefreshSignInAsync(user);
        LogEnabled(Logger, _userName);
    }

    private async Task<ConsoleUser> CurrentUserAsync() =>
        await Users.GetUserAsync(HttpContext.User)
        ?? throw new InvalidOperationException("The signed-in account no longer exists.");

    [LoggerMessage(Level = LogLevel.Information, Message = "User \"{UserName}\" turned on two-step verification.")]
    private static partial void LogEnabled(ILogger logger, string userName);
}

using BlazorConsole.Core.Audit;
using BlazorConsole.Data.Access;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Components.Pages.Access.TwoStep;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Components.Pages.Access;

/// <summary>
/// Static SSR (it sets the cookie): a plain form posted with antiforgery. The error never says whether the user
/// name or the password was wrong; failures count toward lockout (the only place that locks an account); a disabled account gets the same error;
/// an account with two-step verification goes on to the code page, one that must enrol goes to enrolment; the
/// typed password is never rendered back; ReturnUrl is followed only when it is local.
/// </summary>
public sealed partial class SignInPage
{
    public const string IncorrectMessage = "The user name or password is incorrect.";

    public const string LockedOutMessage = "This account is locked after too many failed sign-ins. Try again in 15 minutes.";

    public const string NoRoleMessage = "Your single sign-on account is in no group that has a role in this console. Ask an administrator.";

    public const string ExternalRefusedMessage = "Single sign-on could not sign you in to this console. Ask an administrator.";

    internal const string InputStyle = "padding: 10px 12px; border: 1px solid var(--mud-palette-lines-inputs); border-radius: var(--mud-default-borderradius);";

    private string? _error;

    [Inject]
    private SignInManager<ConsoleUser> SignInManager { get; set; } = default!;

    [Inject]
    private IOptions<OidcOptions> Oidc { get; set; } = default!;

    [Inject]
    private AccountAdministration Accounts { get; set; } = default!;

    [Inject]
    private AuditService Audit { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<SignInPage> Logger { get; set; } = default!;

    [SupplyParameterFromForm]
    private SignInInput Input { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "ReturnUrl")]
    private string? ReturnUrl { get; set; }

    /// <summary>Set by the provider's callback when it refused a sign-in.</summary>
    [SupplyParameterFromQuery(Name = "error")]
    private string? ExternalError { get; set; }

    private string ExternalAction => $"{OidcEndpoints.StartPath}?returnUrl={Uri.EscapeDataString(LocalUrl.OrHome(ReturnUrl))}";

    protected override void OnInitialized()
    {
        Input ??= new SignInInput();
        _error = ExternalError switch
        {
            OidcEndpoints.NoRoleError => NoRoleMessage,
            OidcEndpoints.RefusedError => ExternalRefusedMessage,
            _ => null,
        };
    }

    private async Task SignInAsync()
    {
        var password = Input.Password;
        Input.Password = "";
        var result = await SignInManager.PasswordSignInAsync(Input.UserName, password, isPersistent: false, lockoutOnFailure: true);
        await Audit.RecordAsync(result.Succeeded ? AuditActions.SignedIn : AuditActions.SignInFailed, new AuditTarget("Account", null, Input.UserName), new { lockedOut = result.IsLockedOut }, CancellationToken.None);
        if (result.Succeeded)
        {
            LogSignedIn(Logger, Input.UserName);
            var user = await SignInManager.UserManager.FindByNameAsync(Input.UserName);
            var enrol = user is { TwoFactorEnabled: false } && await Accounts.IsTwoStepRequiredAsync(user);
            Navigation.NavigateTo(enrol ? TwoStepPage.RequiredPath : LocalUrl.OrHome(ReturnUrl));
            return;
        }

        if (result.RequiresTwoFactor)
        {
            Navigation.NavigateTo($"{AccessRegistration.SignInTwoStepPath}?ReturnUrl={Uri.EscapeDataString(LocalUrl.OrHome(ReturnUrl))}");
            return;
        }

        _error = result.IsLockedOut ? LockedOutMessage : IncorrectMessage;
        LogRefused(Logger, result.IsLockedOut);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User \"{UserName}\" signed in.")]
    private static partial void LogSignedIn(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "A sign-in was refused (locked out: {LockedOut}).")]
    private static partial void LogRefused(ILogger logger, bool lockedOut);
}

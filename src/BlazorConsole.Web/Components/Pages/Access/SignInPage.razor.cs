using BlazorConsole.Core.Audit;
using BlazorConsole.Data.Access;
using BlazorConsole.Web.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace BlazorConsole.Web.Components.Pages.Access;

/// <summary>
/// Static SSR (it sets the cookie): a plain form posted with antiforgery. The error never says whether the user
/// name or the password was wrong; failures count toward lockout (the only place that locks an account); the
/// typed password is never rendered back; ReturnUrl is followed only when it is local.
/// </summary>
public sealed partial class SignInPage
{
    public const string IncorrectMessage = "The user name or password is incorrect.";

    public const string LockedOutMessage = "This account is locked after too many failed sign-ins. Try again in 15 minutes.";

    private const string FieldStyle = "padding: 10px 12px; border: 1px solid var(--mud-palette-lines-inputs); border-radius: var(--mud-default-borderradius);";

    private string? _error;

    [Inject]
    private SignInManager<ConsoleUser> SignInManager { get; set; } = default!;

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

    protected override void OnInitialized() => Input ??= new SignInInput();

    private async Task SignInAsync()
    {
        var password = Input.Password;
        Input.Password = "";
        var result = await SignInManager.PasswordSignInAsync(Input.UserName, password, isPersistent: false, lockoutOnFailure: true);
        await Audit.RecordAsync(result.Succeeded ? AuditActions.SignedIn : AuditActions.SignInFailed, new AuditTarget("Account", null, Input.UserName), new { lockedOut = result.IsLockedOut }, CancellationToken.None);
        if (result.Succeeded)
        {
            LogSignedIn(Logger, Input.UserName);
            Navigation.NavigateTo(LocalUrl.OrHome(ReturnUrl));
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

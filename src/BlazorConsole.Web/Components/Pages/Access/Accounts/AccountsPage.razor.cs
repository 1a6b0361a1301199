using BlazorConsole.Core.Common;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Access.Accounts;

/// <summary>
/// Administrators manage accounts: add one (user name, role, temporary password), disable or enable, unlock,
/// reset the password (the new one is shown once, in this circuit only), and require two-step verification per
/// account or for everyone.
/// </summary>
public sealed partial class AccountsPage
{
    private readonly NewAccountInput _input = new();
    private MudForm? _form;
    private IReadOnlyList<AccountSummary> _accounts = [];
    private DataRegionState _state = DataRegionState.Loading;
    private bool _everyone;
    private bool _busy;
    private Notice? _notice;
    private ShownPassword? _newPassword;

    [Inject]
    private AccountAdministration Accounts { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<AccountsPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _state = DataRegionState.Loading;
        try
        {
            _accounts = await Accounts.ListAsync();
            _everyone = await Accounts.IsTwoStepRequiredForEveryoneAsync();
            _state = DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogLoadFailed(Logger, exception);
            _state = DataRegionState.Error;
        }
    }

    private async Task AddAsync()
    {
        if (_form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid)
            {
                return;
            }
        }

        await RunAsync(async actor =>
        {
            var result = await Accounts.CreateAsync(new NewAccount(_input.UserName, _input.Role, _input.Password), actor);
            _input.Password = "";
            if (!result.IsSuccess)
            {
                return result.Error;
            }

            _notice = new Notice(Severity.Success, $"The account {result.Value.UserName} was added with the role {_input.Role}.");
            _input.UserName = "";
            if (_form is not null)
            {
                await _form.ResetValidationAsync();
            }

            return null;
        });
    }

    private Task SetDisabledAsync(AccountSummary account, bool disabled) =>
        RunAsync(async actor => Done(
            await Accounts.SetDisabledAsync(account.Id, disabled, actor),
            disabled ? $"{account.UserName} is disabled: it cannot sign in and its sessions end." : $"{account.UserName} is enabled."));

    private Task UnlockAsync(AccountSummary account) =>
        RunAsync(async actor => Done(await Accounts.UnlockAsync(account.Id, actor), $"{account.UserName} is unlocked."));

    private Task SetTwoStepRequiredAsync(AccountSummary account, bool required) =>
        RunAsync(async actor => Done(
            await Accounts.SetTwoStepRequiredAsync(account.Id, required, actor),
            required ? $"{account.UserName} must use two-step verification." : $"{account.UserName} is no longer required to use two-step verification."));

    private Task ResetPasswordAsync(AccountSummary account) =>
        RunAsync(async actor =>
        {
            var result = await Accounts.ResetPasswordAsync(account.Id, actor);
            if (!result.IsSuccess)
            {
                return result.Error;
            }

            _newPassword = new ShownPassword(account.UserName, result.Value);
            return null;
        });

    private Task SetEveryoneAsync(bool required) =>
        RunAsync(async actor =>
        {
            await Accounts.SetTwoStepRequiredForEveryoneAsync(required, actor);
            _notice = new Notice(Severity.Success, required
                ? "Every account must now use two-step verification; accounts without it are sent to set it up at their next sign-in."
                : "Two-step verification is no longer required for every account.");
            return null;
        });

    private async Task RunAsync(Func<string, Task<Error?>> action)
    {
        _busy = true;
        _notice = null;
        try
        {
            var actor = AuthenticationState is null ? "" : (await AuthenticationState).User.Identity?.Name ?? "";
            if (await action(actor) is { } error)
            {
                _notice = new Notice(Severity.Error, error.Message);
            }

            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private Error? Done(Result result, string success)
    {
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        _notice = new Notice(Severity.Success, success);
        return null;
    }

    private string StatusOf(AccountSummary account) =>
        account.Disabled ? "Disabled"
        : account.LockedOutUntil is { } until && until > Time.GetUtcNow() ? $"Locked until {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC"
        : "Active";

    private static string TwoStepOf(AccountSummary account) =>
        (account.TwoStepEnabled ? "On" : "Off") + (account.TwoStepRequired ? " (required)" : "");

    [LoggerMessage(Level = LogLevel.Error, Message = "The accounts could not be loaded.")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);

    private sealed record Notice(Severity Severity, string Text);

    private sealed record ShownPassword(string UserName, string Password);
}

using BlazorConsole.Core.Ksc;
using BlazorConsole.Web.Components.Shared;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace BlazorConsole.Web.Components.Pages.Ksc;

/// <summary>
/// The KSC connection settings: enter, test, save (after a successful connection, or untested on purpose),
/// verify and trust the server's certificate, delete; and the status of the saved connection, live from
/// <see cref="KscConnectionMonitor"/>. The saved password never reaches the browser.
/// </summary>
public sealed partial class KscConnectionPage(
    KscConnectionService ksc,
    KscConnectionMonitor monitor,
    IValidator<KscConnectionInput> validator,
    IDialogService dialogs,
    KscConnectionSuggestion suggestion,
    TimeProvider time,
    ILogger<KscConnectionPage> logger) : IDisposable
{
    private MudForm? _form;
    private DataRegionState _state = DataRegionState.Loading;
    private string? _correlationId;
    private KscConnectionView? _view;
    private KscConnectionInput _input = new();
    private Notice? _notice;
    private string? _running;
    private bool _checking;
    private bool _subscribed;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private bool Busy => _running is not null || !RendererInfo.IsInteractive;

    private bool PasswordSet => _view?.Settings?.PasswordSet == true;

    private string PasswordHelp => PasswordSet ? "Set: leave empty to keep the saved password" : "Not set";

    private KscObservation? Observation => _view?.IsConfigured == true ? monitor.Last : null;

    public void Dispose()
    {
        if (_subscribed)
        {
            monitor.Changed -= OnMonitorChanged;
        }
    }

    protected override async Task OnInitializedAsync()
    {
        monitor.Changed += OnMonitorChanged;
        _subscribed = true;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _state = DataRegionState.Loading;
        try
        {
            _view = await ksc.GetAsync(CancellationToken.None);
            _input = _view.ToInput();
            if (!_view.IsConfigured && suggestion.Value is { } suggested)
            {
                // the Development sandbox's KSC simulator; the administrator still types its password
                _input.Address = suggested.Address;
                _input.Port = suggested.Port;
                _input.UserName = suggested.UserName;
            }

            _state = DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogLoadFailed(logger, exception, _correlationId);
            _state = DataRegionState.Error;
            return;
        }

        // only on the live circuit (not while prerendering): find out how the saved connection is doing
        if (RendererInfo.IsInteractive && _view.IsConfigured && monitor.Last is null)
        {
            await CheckAsync();
        }
    }

    private async Task CheckAsync()
    {
        _notice = null;
        _checking = true;
        StateHasChanged();
        try
        {
            var result = await ksc.CheckAsync(CancellationToken.None);
            if (!result.IsSuccess)
            {
                _notice = new Notice(Severity.Error, result.Error.Message);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Fail(exception, "The connection could not be checked.");
        }
        finally
        {
            _checking = false;
        }
    }

    private Task TestAsync() => RunAsync("Connecting with the entered settings…", validate: true, async actor =>
    {
        var result = await ksc.TestAsync(_input.Copy(), candidatePin: null, CancellationToken.None);
        if (!result.IsSuccess)
        {
            _notice = new Notice(Severity.Error, result.Error.Message);
        }
        else if (result.Value.IsConnected)
        {
            _notice = new Notice(Severity.Success, "The connection succeeded. Save to keep these settings.");
        }
        else if (NeedsTrust(result.Value))
        {
            await VerifyAsync(result.Value, _input.Copy(), actor);
        }
        else
        {
            _notice = new Notice(Severity.Error, KscText.Describe(result.Value));
        }
    });

    private Task SaveAsync() => RunAsync("Connecting before saving…", validate: true, async actor =>
    {
        var input = _input.Copy();
        var result = await ksc.SaveAsync(input, actor, saveUntested: false, CancellationToken.None);
        if (!result.IsSuccess)
        {
            _notice = new Notice(Severity.Error, result.Error.Message);
        }
        else if (result.Value.Saved)
        {
            await ReloadAfterSaveAsync("Connected and saved.");
        }
        else if (result.Value.NeedsTrust)
        {
            await VerifyAsync(result.Value.Probe!, input, actor);
        }
        else
        {
            _notice = new Notice(Severity.Error, $"Nothing was saved. {KscText.Describe(result.Value.Probe!)}");
        }
    });

    private Task SaveUntestedAsync() => RunAsync(
        "Saving…",
        validate: true,
        async actor =>
        {
            var result = await ksc.SaveAsync(_input.Copy(), actor, saveUntested: true, CancellationToken.None);
            if (result.IsSuccess)
            {
                await ReloadAfterSaveAsync("Saved without a connection test.");
            }
            else
            {
                _notice = new Notice(Severity.Error, result.Error.Message);
            }
        },
        confirm: () => ConfirmAsync(
            "Save without testing",
            $"The settings are saved without connecting to {_input.Address?.Trim()}. Tasks that need KSC will fail if the console cannot sign in with them.",
            "Save untested"));

    private Task DeleteAsync() => RunAsync(
        "Deleting…",
        validate: false,
        async actor =>
        {
            var result = await ksc.DeleteAsync(actor, CancellationToken.None);
            _view = await ksc.GetAsync(CancellationToken.None);
            _input = _view.ToInput();
            _notice = result.IsSuccess
                ? new Notice(Severity.Success, "The KSC connection settings are deleted.")
                : new Notice(Severity.Error, result.Error.Message);
        },
        confirm: () => ConfirmAsync(
            "Delete the KSC connection",
            "The console stops using this Administration Server and deletes its address, account, password and trusted certificate. Tasks for complete tenants fail until new settings are saved.",
            "Delete"));

    /// <summary>The status panel's button: verify the certificate a task or a check met, for the saved settings.</summary>
    private Task VerifyObservedAsync() => RunAsync("Connecting…", validate: false, async actor =>
    {
        if (monitor.Last?.Probe is { } probe && _view?.IsConfigured == true)
        {
            await VerifyAsync(probe, _view.ToInput(), actor);
        }
    });

    /// <summary>The Verify certificate window; trusting pins the certificate shown and saves only if the server still presents it.</summary>
    private async Task VerifyAsync(KscProbe probe, KscConnectionInput input, string actor)
    {
        if (probe.Presented is not { } certificate)
        {
            _notice = new Notice(Severity.Error, KscText.Describe(probe));
            return;
        }

        var parameters = new DialogParameters<VerifyCertificateDialog>
        {
            { d => d.Certificate, certificate },
            { d => d.PinnedThumbprint, probe.Status == KscProbeStatus.CertificateChanged ? probe.PinnedThumbprint : null },
            { d => d.Address, input.Address?.Trim() },
            { d => d.Now, time.GetUtcNow() },
        };
        _running = "Waiting for the certificate to be verified…";
        StateHasChanged();
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false, CloseOnEscapeKey = true };
        var reference = await dialogs.ShowAsync<VerifyCertificateDialog>("Verify certificate", parameters, options);
        var choice = await reference.Result;
        if (choice is null || choice.Canceled)
        {
            _notice = new Notice(Severity.Info, "Connection canceled: the certificate is not trusted and nothing was saved.");
            return;
        }

        _running = "Connecting with the trusted certificate…";
        StateHasChanged();
        var result = await ksc.TrustAsync(input, certificate.Sha256Thumbprint, actor, CancellationToken.None);
        if (!result.IsSuccess)
        {
            _notice = new Notice(Severity.Error, result.Error.Message);
        }
        else if (result.Value.Saved)
        {
            await ReloadAfterSaveAsync("The certificate is trusted, the connection succeeded and the settings are saved.");
        }
        else if (result.Value.Probe?.Status == KscProbeStatus.CertificateChanged)
        {
            _notice = new Notice(Severity.Error, "The server now presents a different certificate from the one you verified, so it was not trusted and nothing was saved. Try again to verify the certificate it presents now.");
        }
        else
        {
            _notice = new Notice(Severity.Error, $"Nothing was saved. {KscText.Describe(result.Value.Probe!)}");
        }
    }

    private async Task<bool> ConfirmAsync(string title, string message, string yesText) =>
        await dialogs.ShowMessageBoxAsync(title, message, yesText: yesText, cancelText: "Cancel") == true;

    /// <summary>Validates the form when asked, asks for confirmation when given, then runs the action as the signed-in user.</summary>
    private async Task RunAsync(string running, bool validate, Func<string, Task> action, Func<Task<bool>>? confirm = null)
    {
        if (validate && _form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid)
            {
                return;
            }
        }

        var actor = await ActorAsync();
        if (actor is null)
        {
            _notice = new Notice(Severity.Error, "Sign in again to change the KSC connection.");
            return;
        }

        if (confirm is not null && !await confirm())
        {
            return;
        }

        _notice = null;
        _running = running;
        try
        {
            await action(actor);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Fail(exception, "The action failed and nothing was changed.");
        }
        finally
        {
            _running = null;
        }
    }

    private async Task ReloadAfterSaveAsync(string message)
    {
        _view = await ksc.GetAsync(CancellationToken.None);
        _input = _view.ToInput();
        _notice = new Notice(Severity.Success, message);
    }

    private async Task<string?> ActorAsync()
    {
        if (AuthenticationState is null)
        {
            return null;
        }

        var user = (await AuthenticationState).User;
        return user.Identity?.IsAuthenticated == true && !string.IsNullOrWhiteSpace(user.Identity.Name) ? user.Identity.Name : null;
    }

    /// <summary>MudForm's per-field validation through the shared FluentValidation rules.</summary>
    private async Task<IEnumerable<string>> ValidateValueAsync(object model, string propertyName)
    {
        var context = ValidationContext<KscConnectionInput>.CreateWithOptions((KscConnectionInput)model, o => o.IncludeProperties(propertyName));
        context.RootContextData[KscConnectionInputValidator.PasswordSavedKey] = PasswordSet;
        var result = await validator.ValidateAsync(context);
        return result.Errors.Select(e => e.ErrorMessage);
    }

    private void Fail(Exception exception, string text)
    {
        var correlationId = CorrelationId.Create();
        LogActionFailed(logger, exception, correlationId);
        _notice = new Notice(Severity.Error, $"{text} Reference for your administrator: {correlationId}");
    }

    private void OnMonitorChanged(object? sender, EventArgs e) => _ = InvokeAsync(async () =>
    {
        try
        {
            // the pin and the saved-by line may have changed too (another administrator, a task)
            var view = await ksc.GetAsync(CancellationToken.None);
            _view = view;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRefreshFailed(logger, exception);
        }

        StateHasChanged();
    });

    private static bool NeedsTrust(KscProbe probe) => probe.Status is KscProbeStatus.CertificateUntrusted or KscProbeStatus.CertificateChanged;

    [LoggerMessage(Level = LogLevel.Error, Message = "The KSC connection settings could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A KSC connection action failed (correlation id {CorrelationId})")]
    private static partial void LogActionFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The KSC connection view could not be refreshed after a status change")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    private sealed record Notice(Severity Severity, string Text);
}

using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Web.Components.Shared;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>
/// An integration: its details, the API budget, its credentials (changing them validates them again) and its limit and
/// usage settings. The saved secret and integration code never reach the browser.
/// </summary>
public sealed partial class IntegrationPage(AutotaskIntegrationService integrations, IValidator<AutotaskIntegrationInput> validator)
{
    private MudForm? _form;
    private DataRegionState _state = DataRegionState.Loading;
    private string? _correlationId;
    private AutotaskIntegrationView? _view;
    private AutotaskIntegrationInput _input = new();
    private AutotaskPermissionReport? _report;
    private AutotaskUsage? _budget;
    private bool _draftValidation;

    [Parameter]
    public Guid Id { get; set; }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _state = DataRegionState.Loading;
        await ReadRightsAsync();
        try
        {
            _view = await integrations.GetAsync(Id, CancellationToken.None);
            if (_view is null)
            {
                _state = DataRegionState.Empty;
                return;
            }

            _input = new AutotaskIntegrationInput { Name = _view.Name, UserName = _view.UserName, ManagedAccountsLimit = _view.ManagedAccountsLimit };
            _budget = integrations.GetBudget(_view);
            _state = DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = Fail(exception);
            _state = DataRegionState.Error;
        }
    }

    private async Task SaveCredentialsAsync()
    {
        if (!await FormValidAsync(draft: false))
        {
            return;
        }

        await RunAsync("Validating the credentials…", async actor =>
        {
            var result = await integrations.UpdateCredentialsAsync(Id, _input.Copy(), actor, saveDraft: false, CancellationToken.None);
            Show(result, "Saved: the credentials passed validation.");
        });
    }

    private async Task SaveDraftAsync()
    {
        if (!await FormValidAsync(draft: true))
        {
            return;
        }

        await RunAsync("Saving the draft…", async actor =>
        {
            var result = await integrations.UpdateCredentialsAsync(Id, _input.Copy(), actor, saveDraft: true, CancellationToken.None);
            Show(result, "Saved as a draft: the integration does not talk to Autotask until it is validated.");
        });
    }

    private Task RevalidateAsync() => RunAsync("Validating the saved credentials…", async actor =>
    {
        var result = await integrations.RevalidateAsync(Id, actor, CancellationToken.None);
        if (!result.IsSuccess)
        {
            _report = null;
            Notice = new IntegrationNotice(Severity.Error, result.Error.Message);
            return;
        }

        _report = result.Value;
        await ReloadAsync();
        Notice = result.Value.AllGranted
            ? new IntegrationNotice(Severity.Success, "The saved credentials passed validation.")
            : new IntegrationNotice(Severity.Error, "The saved credentials lack rights: see the permission report.");
    });

    private Task SaveSettingsAsync(AutotaskUsageSettings settings) => RunAsync("Saving the settings…", async actor =>
    {
        var result = await integrations.UpdateSettingsAsync(Id, settings, actor, CancellationToken.None);
        if (!result.IsSuccess)
        {
            Notice = new IntegrationNotice(Severity.Error, result.Error.Message);
            return;
        }

        _view = result.Value;
        Notice = new IntegrationNotice(Severity.Success, "The settings are saved.");
    });

    private void Show(Core.Common.Result<AutotaskValidationOutcome> result, string success)
    {
        if (!result.IsSuccess)
        {
            _report = null;
            Notice = new IntegrationNotice(Severity.Error, $"Nothing was changed. {result.Error.Message}");
            return;
        }

        _report = result.Value.Report;
        if (result.Value.Saved is { } saved)
        {
            _view = saved;
            _input.Secret = null;
            _input.IntegrationCode = null;
            _budget = integrations.GetBudget(saved);
            Notice = new IntegrationNotice(Severity.Success, success);
        }
        else
        {
            Notice = new IntegrationNotice(Severity.Error, "Nothing was changed: the API user lacks rights the integration needs (see the report).");
        }
    }

    private async Task ReloadAsync()
    {
        _view = await integrations.GetAsync(Id, CancellationToken.None) ?? _view;
        if (_view is not null)
        {
            _budget = integrations.GetBudget(_view);
        }
    }

    private async Task<bool> FormValidAsync(bool draft)
    {
        if (_form is null)
        {
            return false;
        }

        _draftValidation = draft;
        try
        {
            await _form.ValidateAsync();
            return _form.IsValid;
        }
        finally
        {
            _draftValidation = false;
        }
    }

    private async Task<IEnumerable<string>> ValidateValueAsync(object model, string propertyName)
    {
        var context = ValidationContext<AutotaskIntegrationInput>.CreateWithOptions((AutotaskIntegrationInput)model, o => o.IncludeProperties(propertyName));
        context.RootContextData[AutotaskIntegrationInputValidator.SavedSecretsKey] = _draftValidation || (_view?.SecretSet == true && _view.IntegrationCodeSet);
        var result = await validator.ValidateAsync(context);
        return result.Errors.Select(e => e.ErrorMessage);
    }
}

using BlazorConsole.Core.Integrations.Autotask;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>
/// The integration wizard: platform, name and credentials, then validation (zone, credentials, one line per right).
/// The integration is created only when every right is granted, or saved as a draft on purpose.
/// </summary>
public sealed partial class AutotaskWizardPage(
    AutotaskIntegrationService integrations,
    IValidator<AutotaskIntegrationInput> validator,
    NavigationManager navigation)
{
    private const string Autotask = "Autotask";

    private static readonly (string Name, bool Available)[] Platforms =
    [
        (Autotask, true),
        ("ConnectWise Manage", false),
        ("ConnectWise Automate", false),
        ("Kaseya BMS", false),
    ];

    private readonly AutotaskIntegrationInput _input = new();
    private MudForm? _form;
    private int _step;
    private string _platform = Autotask;
    private AutotaskPermissionReport? _report;
    private string? _checkError;
    private bool _draftValidation;

    protected override Task OnInitializedAsync() => ReadRightsAsync();

    /// <summary>Steps can be reached by their headers only backwards or through the buttons, which validate first.</summary>
    private Task OnStepAsync(StepperInteractionEventArgs args)
    {
        if (args.Action == StepAction.Activate && args.StepIndex > _step)
        {
            args.Cancel = true;
        }

        return Task.CompletedTask;
    }

    private Task BackAsync()
    {
        _step = Math.Max(0, _step - 1);
        return Task.CompletedTask;
    }

    private async Task NextAsync()
    {
        if (_step == 0)
        {
            _step = 1;
            return;
        }

        if (!await FormValidAsync())
        {
            return;
        }

        _step = 2;
        await CheckAsync();
    }

    private Task CheckAsync() => RunAsync("Finding the zone, signing in and reading the permissions…", async _ =>
    {
        _report = null;
        _checkError = null;
        var result = await integrations.CheckAsync(_input.Copy(), CancellationToken.None);
        if (result.IsSuccess)
        {
            _report = result.Value;
        }
        else
        {
            _checkError = result.Error.Message;
        }
    });

    /// <summary>Creates the integration, then opens it, or its Kaspersky MDR page (<paramref name="connectMdr"/>).</summary>
    private async Task CreateAsync(bool connectMdr)
    {
        if (!await FormValidAsync())
        {
            _step = 1;
            return;
        }

        await RunAsync("Validating again and saving…", async actor =>
        {
            var result = await integrations.CreateAsync(_input.Copy(), actor, saveDraft: false, CancellationToken.None);
            if (!result.IsSuccess)
            {
                _report = null;
                _checkError = result.Error.Message;
            }
            else if (result.Value.Saved is { } saved)
            {
                navigation.NavigateTo(connectMdr ? $"/integrations/{saved.Id}/mdr" : $"/integrations/{saved.Id}");
            }
            else
            {
                _report = result.Value.Report;
                Notice = new IntegrationNotice(Severity.Error, "Nothing was saved: the permissions changed and some rights are missing now.");
            }
        });
    }

    private async Task SaveDraftAsync()
    {
        if (_step == 1 && !await FormValidAsync(draft: true))
        {
            return;
        }

        await RunAsync("Saving the draft…", async actor =>
        {
            var result = await integrations.CreateAsync(_input.Copy(), actor, saveDraft: true, CancellationToken.None);
            if (!result.IsSuccess)
            {
                Notice = new IntegrationNotice(Severity.Error, result.Error.Message);
                _step = 1;
            }
            else
            {
                navigation.NavigateTo($"/integrations/{result.Value.Saved!.Id}");
            }
        });
    }

    private async Task<bool> FormValidAsync(bool draft = false)
    {
        if (_form is null)
        {
            // the settings step is not rendered: validate the model directly
            var result = await validator.ValidateAsync(AutotaskIntegrationInputValidator.ContextFor(_input, draft));
            if (!result.IsValid)
            {
                Notice = new IntegrationNotice(Severity.Error, result.Errors[0].ErrorMessage);
            }

            return result.IsValid;
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
        context.RootContextData[AutotaskIntegrationInputValidator.SavedSecretsKey] = _draftValidation;
        var result = await validator.ValidateAsync(context);
        return result.Errors.Select(e => e.ErrorMessage);
    }
}

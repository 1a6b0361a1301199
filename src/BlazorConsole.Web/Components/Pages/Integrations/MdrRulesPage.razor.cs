using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Components.Shared;
using FluentValidation;
using Severity = MudBlazor.Severity;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>
/// The ticketing rules of an integration's MDR connection: one per severity (create or not, queue, priority, status,
/// issue and sub-issue type from the Autotask picklists, due hours, delay, only open incidents) and what incident
/// updates do to the ticket. Problems are shown at their fields; nothing is saved until there are none.
/// </summary>
public sealed partial class MdrRulesPage(IValidator<MdrTicketingSettings> validator)
{
    private MdrTicketingForm? _form;
    private MdrTicketChoices? _choices;

    protected override string Section => "MDR ticketing rules";

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        if (!await LoadConnectionAsync())
        {
            return;
        }

        if (Connection is not { } connection)
        {
            State = DataRegionState.Empty;
            return;
        }

        try
        {
            var choices = await Connections.GetTicketChoicesAsync(connection.Id, CancellationToken.None);
            if (!choices.IsSuccess)
            {
                CorrelationId = Refused(choices.Error.Code);
                ErrorText = $"The Autotask ticket picklists could not be read. {choices.Error.Message}";
                State = DataRegionState.Error;
                return;
            }

            _choices = choices.Value;
            _form = MdrTicketingForm.From(connection.Ticketing);
            State = DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            CorrelationId = Fail(exception);
            ErrorText = "The rules could not be loaded. Try again in a moment.";
            State = DataRegionState.Error;
        }
    }

    private void CompletedStatusChanged(long? value)
    {
        if (_form is null)
        {
            return;
        }

        _form.CompletedStatus = value;
        _form.Clear(nameof(MdrTicketingForm.CompletedStatus));
    }

    private Task SaveAsync() => ChangeAsync("Saving the rules…", async actor =>
    {
        if (Connection is not { } connection || _form is not { } form)
        {
            return;
        }

        var settings = form.ToSettings();
        if (!form.Show(await validator.ValidateAsync(settings)))
        {
            Notice = new IntegrationNotice(Severity.Error, $"Nothing was saved: {form.General ?? "correct the marked fields."}");
            return;
        }

        var result = await Connections.SaveTicketingAsync(connection.Id, settings, actor, CancellationToken.None);
        if (!result.IsSuccess)
        {
            Notice = new IntegrationNotice(Severity.Error, $"Nothing was saved. {result.Error.Message}");
            return;
        }

        await RefreshConnectionAsync();
        Notice = new IntegrationNotice(Severity.Success, "The rules are saved; they apply from the next synchronisation.");
    });
}

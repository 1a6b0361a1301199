using System.Globalization;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>
/// Usage to contracts for one month (in the URL): the dry run per mapped tenant against the contract service's quantity,
/// the VMs and periods behind each figure, and the approval that pushes it (each tenant and month once).
/// </summary>
public sealed partial class UsagePage(AutotaskIntegrationService integrations, AutotaskUsageService usage, NavigationManager navigation, TimeProvider time)
{
    private DataRegionState _state = DataRegionState.Loading;
    private string? _correlationId;
    private string _errorText = "The usage could not be computed. Try again in a moment.";
    private AutotaskIntegrationView? _integration;
    private UsagePreview? _preview;
    private UsageTrace? _trace;

    [Parameter]
    public Guid Id { get; set; }

    /// <summary>The month shown, <c>yyyy-MM</c>; the current month when absent or malformed.</summary>
    [SupplyParameterFromQuery(Name = "month")]
    public string? MonthText { get; set; }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private UsageMonth Month => UsageMonth.TryParse(MonthText, out var month) && month.Start <= Now ? month : UsageMonth.Of(time.GetUtcNow());

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _state = DataRegionState.Loading;
        await ReadRightsAsync();
        _trace = null;
        try
        {
            _integration = await integrations.GetAsync(Id, CancellationToken.None);
            var result = await usage.PreviewAsync(Id, Month, CancellationToken.None);
            if (!result.IsSuccess)
            {
                _correlationId = Refused(result.Error.Code);
                _errorText = result.Error.Message;
                _state = DataRegionState.Error;
                return;
            }

            _preview = result.Value;
            _state = _preview.Lines.Count == 0 ? DataRegionState.Empty : DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = Fail(exception);
            _errorText = "The usage could not be computed. Try again in a moment.";
            _state = DataRegionState.Error;
        }
    }

    private Task GoToAsync(UsageMonth month)
    {
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("month", month.ToString()));
        return Task.CompletedTask;
    }

    private Task PushAsync() => RunAsync($"Pushing the usage of {Month.Title} to Autotask…", async actor =>
    {
        var result = await usage.PushAsync(Id, Month, actor, CancellationToken.None);
        if (!result.IsSuccess)
        {
            Notice = new IntegrationNotice(Severity.Error, result.Error.Message);
            return;
        }

        var outcome = result.Value;
        await LoadAsync();
        Notice = outcome.Failed.Count > 0
            ? new IntegrationNotice(Severity.Warning, $"{outcome.Sent.Count} pushed, {outcome.Failed.Count} failed ({outcome.Failed[0].ErrorMessage}); the failed ones are tried again by the next push or the schedule.")
            : outcome.NothingToDo
                ? new IntegrationNotice(Severity.Info, $"Nothing sent: {Month.Title} was pushed before.")
                : new IntegrationNotice(Severity.Success, $"{outcome.Sent.Count} tenants pushed for {Month.Title}.");
    });

    private async Task TraceAsync(UsageLine line)
    {
        try
        {
            var result = await usage.TraceAsync(Id, line.TenantId, Month, CancellationToken.None);
            if (result.IsSuccess)
            {
                _trace = result.Value;
            }
            else
            {
                Notice = new IntegrationNotice(Severity.Error, result.Error.Message);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Notice = new IntegrationNotice(Severity.Error, $"The VMs could not be loaded. Reference for your administrator: {Fail(exception)}");
        }
    }

    private static string Difference(UsageLine line) => line.Difference switch
    {
        null => "—",
        0 => "none",
        > 0 and var d => "+" + d.ToString(CultureInfo.InvariantCulture),
        var d => d.Value.ToString(CultureInfo.InvariantCulture),
    };

    private static string PushText(AutotaskUsagePush push) => push.State switch
    {
        AutotaskUsagePushState.Sent => $"{push.Units} sent by {push.PushedBy} on {IntegrationText.Time(push.Completed)}{(push.Adjusted ? $" (was {push.PreviousUnits})" : " (no change needed)")}",
        AutotaskUsagePushState.Failed => $"Failed after {push.Attempts} attempts: {push.ErrorMessage} (retried by the next push)",
        _ => "Being pushed",
    };
}

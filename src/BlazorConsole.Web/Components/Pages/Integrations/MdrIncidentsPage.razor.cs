using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>
/// The synced incidents of an integration's MDR connection with their tickets: filter by sync state and search (both
/// in the URL), Retry one failed or unmapped incident, Retry failed, Sync now with its outcome; last sync and status.
/// </summary>
public sealed partial class MdrIncidentsPage(IMdrIncidentService incidents, NavigationManager navigation)
{
    private MdrIncidentFilter _filter = new();
    private DataRegionState _gridState = DataRegionState.Loading;
    private string? _gridCorrelationId;
    private int _gridKey;
    private Guid? _loadedId;

    /// <summary>The sync state filter (<c>?state=failed</c>).</summary>
    [SupplyParameterFromQuery(Name = "state")]
    public string? StateFilter { get; set; }

    /// <summary>The search text (<c>?q=</c>).</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Search { get; set; }

    protected override string Section => "MDR incidents";

    private bool Narrowed => _filter.State is not null || !string.IsNullOrEmpty(_filter.Search);

    protected override async Task OnParametersSetAsync()
    {
        var filter = new MdrIncidentFilter(
            Enum.TryParse<MdrIncidentSyncState>(StateFilter, ignoreCase: true, out var state) && Enum.IsDefined(state) ? state : null,
            string.IsNullOrWhiteSpace(Search) ? null : Search.Trim());
        if (_loadedId == Id)
        {
            if (filter != _filter)
            {
                // the URL changed (a filter, Back): a fresh grid on its first page
                _filter = filter;
                ReloadGrid();
            }

            return;
        }

        _filter = filter;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (!await LoadConnectionAsync())
        {
            return;
        }

        _loadedId = Id;
        State = Connection is null ? DataRegionState.Empty : DataRegionState.Content;
        ReloadGrid();
    }

    private void ReloadGrid()
    {
        _gridState = DataRegionState.Loading;
        _gridKey++;
    }

    private void GridLoaded(MdrIncidentGridLoad load)
    {
        if (load.Failure is { } failure)
        {
            _gridCorrelationId = Fail(failure);
            _gridState = DataRegionState.Error;
            return;
        }

        _gridState = load.Total == 0 && !Narrowed ? DataRegionState.Empty : DataRegionState.Content;
    }

    private Task StateChangedAsync(MdrIncidentSyncState? state) => NavigateAsync(_filter with { State = state });

    private Task SearchChangedAsync(string? text) => NavigateAsync(_filter with { Search = string.IsNullOrWhiteSpace(text) ? null : text.Trim() });

    private Task NavigateAsync(MdrIncidentFilter filter)
    {
        navigation.NavigateTo(
            navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
            {
                ["state"] = filter.State?.ToString().ToLowerInvariant(),
                ["q"] = filter.Search,
            }),
            replace: true);
        return Task.CompletedTask;
    }

    private Task SyncNowAsync() => ChangeAsync("Synchronising: reading MDR incidents and writing Autotask tickets…", async _ =>
    {
        if (Connection is not { } connection)
        {
            return;
        }

        var result = await incidents.SyncNowAsync(connection.Id, CancellationToken.None);
        await RefreshConnectionAsync();
        ReloadGrid();
        Notice = result.IsSuccess
            ? new IntegrationNotice(result.Value.Failures > 0 ? Severity.Warning : Severity.Success, MdrText.Outcome(result.Value))
            : new IntegrationNotice(Severity.Error, $"The synchronisation did not run. {result.Error.Message}");
    });

    private Task RetryFailedAsync() => ChangeAsync("Marking the failed incidents due…", async _ =>
    {
        if (Connection is not { } connection)
        {
            return;
        }

        var result = await incidents.RetryFailedAsync(connection.Id, CancellationToken.None);
        ReloadGrid();
        Notice = !result.IsSuccess
            ? new IntegrationNotice(Severity.Error, result.Error.Message)
            : result.Value == 0
                ? new IntegrationNotice(Severity.Info, "No incident has failed.")
                : new IntegrationNotice(Severity.Success, $"{result.Value} failed incidents are due again: the next synchronisation (or Sync now) tries them.");
    });

    private Task RetryAsync(MdrSyncedIncidentView incident) => ChangeAsync($"Marking incident {incident.IncidentId} due…", async _ =>
    {
        if (Connection is not { } connection)
        {
            return;
        }

        var result = await incidents.RetryAsync(connection.Id, incident.Id, CancellationToken.None);
        ReloadGrid();
        Notice = result.IsSuccess
            ? new IntegrationNotice(Severity.Success, $"Incident {incident.IncidentId} is due again: the next synchronisation (or Sync now) tries it.")
            : new IntegrationNotice(Severity.Error, result.Error.Message);
    });
}

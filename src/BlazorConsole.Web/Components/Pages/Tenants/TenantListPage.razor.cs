using System.Globalization;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Tenants;

/// <summary>
/// The tenant list: server-side paging, sorting, search and filters through <see cref="TenantService.ListAsync"/>,
/// all kept in the URL (<see cref="TenantListView"/>) so links, refresh and Back show the same view; bulk
/// actions on the selected tenants through <see cref="BulkTenantService"/> (the running bulk task is <c>?bulk=</c>);
/// the CSV export of the view; the create dialog.
/// </summary>
public sealed partial class TenantListPage(
    TenantService tenants,
    BulkTenantService bulk,
    IDialogService dialogs,
    TaskToasts toasts,
    NavigationManager navigation,
    ILogger<TenantListPage> logger)
{
    public const int PageSize = 25;

    /// <summary>Why the New tenant button is disabled for a principal that may not create tenants.</summary>
    public const string CreateNeedsAllTenants = "Creating a tenant needs an Operator or Administrator account that covers all tenants.";

    private MudDataGrid<TenantRow>? _grid;
    private DataRegionState _state = DataRegionState.Loading;
    private string? _correlationId;
    private TenantListView _view = TenantListView.Default;
    private HashSet<TenantRow> _selected = [];
    private Guid? _bulkTaskId;
    private string? _bulkError;
    private bool _busy;
    private int _gridKey;
    private bool _restoringPage;
    private readonly List<(TenantListView View, Guid? Bulk)> _pendingEchoes = [];
    private bool _loadedOnce;

    /// <summary>The search text (<c>?q=</c>).</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Search { get; set; }

    /// <summary>The status filter (<c>?status=active|inactive</c>).</summary>
    [SupplyParameterFromQuery(Name = "status")]
    public string? Status { get; set; }

    /// <summary>The type filter (<c>?type=simple|complete</c>).</summary>
    [SupplyParameterFromQuery(Name = "type")]
    public string? Type { get; set; }

    /// <summary>The sorted column (<c>?sort=name|status|type|vmcount|created</c>).</summary>
    [SupplyParameterFromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>Descending order (<c>?desc=true</c>).</summary>
    [SupplyParameterFromQuery(Name = "desc")]
    public bool? Descending { get; set; }

    /// <summary>The page, counted from 1 (<c>?page=2</c>).</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public int? Page { get; set; }

    /// <summary>The bulk task shown above the list (<c>?bulk=</c>).</summary>
    [SupplyParameterFromQuery(Name = "bulk")]
    public Guid? Bulk { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override void OnParametersSet()
    {
        var fromUrl = (TenantListView.Parse(Search, Status, Type, Sort, Descending, Page), Bulk);

        // the echo of a URL this page wrote itself (they come back in order, possibly after later changes): ignore it
        var echo = _pendingEchoes.IndexOf(fromUrl);
        if (echo >= 0)
        {
            _pendingEchoes.RemoveRange(0, echo + 1);
            return;
        }

        if (fromUrl == (_view, _bulkTaskId) && _loadedOnce)
        {
            return;
        }

        // first render, or the URL changed from outside (Back, a link): show what it names in a fresh grid
        _loadedOnce = true;
        (_view, _bulkTaskId) = fromUrl;
        _restoringPage = _view.Page > 0;
        _gridKey++;
    }

    private async Task<GridData<TenantRow>> LoadAsync(GridState<TenantRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        if (sort is not null && Enum.TryParse<TenantSort>(sort.SortBy, out var column))
        {
            _view = _view with { Sort = column, Descending = sort.Descending };
        }

        if (_restoringPage && state.Page != _view.Page)
        {
            // a new grid starts on its first page; hand it the URL's page (bound to CurrentPage), which loads that one
            _restoringPage = false;
            StateHasChanged();
            return new GridData<TenantRow> { Items = [], TotalItems = (_view.Page + 1) * state.PageSize };
        }

        _restoringPage = false;
        _view = _view with { Page = state.Page };
        try
        {
            var result = await tenants.ListAsync(_view.ToQuery(state.PageSize), cancellationToken);
            _state = result.Total == 0 && !_view.IsNarrowed ? DataRegionState.Empty : DataRegionState.Content;
            KeepUrl();
            return new GridData<TenantRow> { Items = [.. result.Items.Select(TenantRow.From)], TotalItems = result.Total };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogListFailed(logger, exception, _correlationId);
            _state = DataRegionState.Error;
            return new GridData<TenantRow> { Items = [], TotalItems = 0 };
        }
        finally
        {
            StateHasChanged();
        }
    }

    private Task OnSearchChangedAsync(string? text) =>
        ChangeViewAsync(_view with { Search = string.IsNullOrWhiteSpace(text) ? null : text.Trim() });

    private Task OnStatusChangedAsync(TenantStatus? status) => ChangeViewAsync(_view with { Status = status });

    private Task OnTypeChangedAsync(TenantType? type) => ChangeViewAsync(_view with { Type = type });

    /// <summary>A new search or filter: back to the first page, loaded once.</summary>
    private async Task ChangeViewAsync(TenantListView view)
    {
        var wasOnLaterPage = _view.Page > 0;
        _view = view with { Page = 0 };
        _selected = [];
        if (_grid is null)
        {
            // the grid is not shown (empty or error state): load again with the new view
            await RetryAsync();
        }
        else if (wasOnLaterPage)
        {
            // moving the grid to its first page loads it, with the new view
            _grid.NavigateTo(MudBlazor.Page.First);
        }
        else
        {
            await _grid.ReloadServerData();
        }
    }

    private Task RetryAsync()
    {
        _state = DataRegionState.Loading;
        return Task.CompletedTask;
    }

    private async Task ReloadAsync()
    {
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
        else
        {
            await RetryAsync();
        }
    }

    private void OnSelectionChanged(HashSet<TenantRow> selected) => _selected = selected;

    private async Task StartBulkAsync(BulkTenantAction action)
    {
        _busy = true;
        _bulkError = null;
        try
        {
            var started = await bulk.StartAsync(action, [.. _selected.Select(r => r.Id)], await ActorAsync(), CancellationToken.None);
            if (!started.IsSuccess)
            {
                _bulkError = started.Error.Message;
                return;
            }

            _selected = [];
            toasts.Show(started.Value);
            ShowBulk(started.Value.Id);
        }
        finally
        {
            _busy = false;
        }
    }

    private void ShowBulk(Guid bulkTaskId)
    {
        _bulkTaskId = bulkTaskId;
        KeepUrl();
    }

    private void DismissBulk()
    {
        _bulkTaskId = null;
        KeepUrl();
    }

    private async Task CreateAsync()
    {
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<CreateTenantDialog>("New tenant", options);
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            await ReloadAsync();
        }
    }

    private async Task<string> ActorAsync() =>
        (AuthenticationState is null ? null : (await AuthenticationState).User.Identity?.Name) ?? "console";

    private void KeepUrl()
    {
        var parameters = new Dictionary<string, object?>(_view.ToParameters())
        {
            ["bulk"] = _bulkTaskId?.ToString(),
        };
        var uri = navigation.GetUriWithQueryParameters(parameters);
        if (uri != navigation.Uri)
        {
            _pendingEchoes.Add((_view, _bulkTaskId));
            if (_pendingEchoes.Count > 16)
            {
                _pendingEchoes.RemoveAt(0);
            }

            navigation.NavigateTo(uri, replace: true);
        }
    }

    private SortDirection InitialDirection(TenantSort column) =>
        column != _view.Sort ? SortDirection.None : _view.Descending ? SortDirection.Descending : SortDirection.Ascending;

    private static string FormatCreated(DateTime created) =>
        created.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Error, Message = "The tenant list could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogListFailed(ILogger logger, Exception exception, string correlationId);
}

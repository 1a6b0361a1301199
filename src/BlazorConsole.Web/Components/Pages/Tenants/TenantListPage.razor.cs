using System.Globalization;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Tenants;

/// <summary>
/// The tenant list: server-side paging and sorting through <see cref="TenantService.ListAsync"/>, with search,
/// sort and page kept in the URL so links, refresh and Back show the same view.
/// </summary>
public sealed partial class TenantListPage(TenantService tenants, NavigationManager navigation, ILogger<TenantListPage> logger)
{
    public const int PageSize = 25;

    private MudDataGrid<TenantRow>? _grid;
    private DataRegionState _state = DataRegionState.Loading;
    private string? _correlationId;
    private string? _search;
    private TenantSort _sort = TenantSort.Name;
    private bool _descending;
    private int _page;
    private int _gridKey;
    private bool _restoringPage;
    private ListView? _written;

    /// <summary>The search text (<c>?q=</c>).</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Search { get; set; }

    /// <summary>The sorted column (<c>?sort=name|status|type|vmcount|created</c>).</summary>
    [SupplyParameterFromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>Descending order (<c>?desc=true</c>).</summary>
    [SupplyParameterFromQuery(Name = "desc")]
    public bool? Descending { get; set; }

    /// <summary>The page, counted from 1 (<c>?page=2</c>).</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public int? Page { get; set; }

    protected override void OnParametersSet()
    {
        var search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        var sort = Enum.TryParse<TenantSort>(Sort, ignoreCase: true, out var parsed) ? parsed : TenantSort.Name;
        var fromUrl = new ListView(search, sort, Descending == true, Math.Max(0, (Page ?? 1) - 1));
        if (fromUrl == Shown || fromUrl == _written)
        {
            // what is shown already, or the echo of the URL this page wrote itself
            return;
        }

        // first render, or the URL changed from outside (Back, a link): show what it names in a fresh grid
        (_search, _sort, _descending, _page) = (fromUrl.Search, fromUrl.Sort, fromUrl.Descending, fromUrl.Page);
        _restoringPage = _page > 0;
        _gridKey++;
    }

    private async Task<GridData<TenantRow>> LoadAsync(GridState<TenantRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        if (sort is not null && Enum.TryParse<TenantSort>(sort.SortBy, out var column))
        {
            (_sort, _descending) = (column, sort.Descending);
        }

        if (_restoringPage && state.Page != _page)
        {
            // a new grid starts on its first page; hand it the URL's page (bound to CurrentPage), which loads that one
            _restoringPage = false;
            StateHasChanged();
            return new GridData<TenantRow> { Items = [], TotalItems = (_page + 1) * state.PageSize };
        }

        _restoringPage = false;
        _page = state.Page;
        var query = new TenantQuery { Search = _search, Sort = _sort, Descending = _descending, Skip = state.Page * state.PageSize, Take = state.PageSize };
        try
        {
            var result = await tenants.ListAsync(query, cancellationToken);
            _state = result.Total == 0 && _search is null ? DataRegionState.Empty : DataRegionState.Content;
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

    private async Task OnSearchChangedAsync(string? text)
    {
        _search = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (_grid is null)
        {
            // the grid is not shown (empty or error state): load again with the new search
            _page = 0;
            await RetryAsync();
        }
        else if (_page > 0)
        {
            // moving the grid to its first page loads it, with the new search
            _page = 0;
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

    private ListView Shown => new(_search, _sort, _descending, _page);

    private void KeepUrl()
    {
        _written = Shown;
        var uri = navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["q"] = _search,
            ["sort"] = _sort == TenantSort.Name ? null : _sort.ToString().ToLowerInvariant(),
            ["desc"] = _descending ? true : null,
            ["page"] = _page > 0 ? _page + 1 : null,
        });
        if (uri != navigation.Uri)
        {
            navigation.NavigateTo(uri, replace: true);
        }
    }

    private SortDirection InitialDirection(TenantSort column) =>
        column != _sort ? SortDirection.None : _descending ? SortDirection.Descending : SortDirection.Ascending;

    private static string FormatCreated(DateTime created) =>
        created.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Error, Message = "The tenant list could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogListFailed(ILogger logger, Exception exception, string correlationId);

    /// <summary>What the list shows: the state kept in the URL.</summary>
    private sealed record ListView(string? Search, TenantSort Sort, bool Descending, int Page);
}

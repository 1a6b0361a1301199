using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace BlazorConsole.Web.Components.Pages.Tasks;

/// <summary>
/// The task centre: tasks newest first, filtered by state, type and creation time, paged on the server, all kept in
/// the URL. Rows change live: the page subscribes to <see cref="TaskNotifier"/> over the circuit, never polls.
/// </summary>
public sealed partial class TaskListPage(
    TaskCentreService taskCentre,
    TaskNotifier notifier,
    NavigationManager navigation,
    TimeProvider time,
    ILogger<TaskListPage> logger) : IDisposable
{
    public const int PageSize = 25;

    private List<TaskRow> _rows = [];
    private DataRegionState _region = DataRegionState.Loading;
    private string? _correlationId;
    private string? _state;
    private string? _type;
    private string? _range;
    private int _page;
    private int _total;
    private bool _subscribed;
    private bool _loading;
    private bool _reloadAgain;
    private (string?, string?, string?, int)? _loaded;

    /// <summary>The state filter (<c>?state=Running</c>).</summary>
    [SupplyParameterFromQuery(Name = "state")]
    public string? State { get; set; }

    /// <summary>The type filter (<c>?type=CreateTenant</c>).</summary>
    [SupplyParameterFromQuery(Name = "type")]
    public string? Type { get; set; }

    /// <summary>The creation-time filter (<c>?range=24h</c>, see <see cref="TaskTimeRange"/>).</summary>
    [SupplyParameterFromQuery(Name = "range")]
    public string? Range { get; set; }

    /// <summary>The page, counted from 1 (<c>?page=2</c>).</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public int? Page { get; set; }

    private bool Filtered => _state is not null || _type is not null || _range is not null;

    private int PageCount => (_total + PageSize - 1) / PageSize;

    protected override async Task OnParametersSetAsync()
    {
        _state = TaskStates.TryParse(State, out var state) ? state.ToString() : null;
        _type = TaskTypes.All.FirstOrDefault(t => string.Equals(t, Type, StringComparison.OrdinalIgnoreCase));
        _range = TaskTimeRange.Length(Range) is null ? null : Range;
        _page = Math.Max(0, (Page ?? 1) - 1);
        if (_loaded != (_state, _type, _range, _page))
        {
            await LoadAsync();
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_subscribed)
        {
            notifier.TaskChanged += OnTaskChanged;
            _subscribed = true;
        }
    }

    private async Task LoadAsync()
    {
        if (_loading)
        {
            _reloadAgain = true;
            return;
        }

        _loading = true;
        try
        {
            do
            {
                _reloadAgain = false;
                await LoadOnceAsync();
            }
            while (_reloadAgain);
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task LoadOnceAsync()
    {
        if (_region != DataRegionState.Content)
        {
            _region = DataRegionState.Loading;
        }

        _loaded = (_state, _type, _range, _page);
        try
        {
            var result = await taskCentre.ListAsync(Query(), CancellationToken.None);
            if (!result.IsSuccess)
            {
                // the URL's filters are checked before they reach here; a refusal is a bug worth its correlation id
                throw new InvalidOperationException($"{result.Error.Code}: {result.Error.Message}");
            }

            _rows = [.. result.Value.Items.Select(t => new TaskRow(t))];
            _total = result.Value.Total;
            _region = _total == 0 ? DataRegionState.Empty : DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogListFailed(logger, exception, _correlationId);
            _region = DataRegionState.Error;
        }
    }

    private TaskPageQuery Query() => new()
    {
        State = _state is null ? null : Enum.Parse<TaskState>(_state),
        Type = _type,
        CreatedFrom = TaskTimeRange.Length(_range) is { } length ? time.GetUtcNow().UtcDateTime - length : null,
        Skip = _page * PageSize,
        Take = PageSize,
    };

    private bool Matches(ConsoleTask task) =>
        (_state is null || task.State.ToString() == _state) && (_type is null || task.Type == _type);

    private void OnTaskChanged(ConsoleTask task) => _ = InvokeAsync(async () =>
    {
        if (_rows.FirstOrDefault(r => r.Task.Id == task.Id) is { } row)
        {
            row.Task = task;
            StateHasChanged();
        }
        else if (_page == 0 && Matches(task) && (_rows.Count < PageSize || task.Created >= _rows[^1].Task.Created))
        {
            // a task that belongs on this first page but is not shown yet (new, or one that just reached the filtered
            // state); older tasks belong to later pages, so their progress does not reload this one
            await LoadAsync();
            StateHasChanged();
        }
    });

    private Task OnStateChangedAsync(string? state) => GoAsync(state, _type, _range, 0);

    private Task OnTypeChangedAsync(string? type) => GoAsync(_state, type, _range, 0);

    private Task OnRangeChangedAsync(string? range) => GoAsync(_state, _type, range, 0);

    private Task OnPageChangedAsync(int page) => GoAsync(_state, _type, _range, page - 1);

    private Task ClearFiltersAsync() => GoAsync(null, null, null, 0);

    private Task GoAsync(string? state, string? type, string? range, int page)
    {
        navigation.NavigateTo(navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["state"] = state,
            ["type"] = type,
            ["range"] = range,
            ["page"] = page > 0 ? page + 1 : null,
        }));
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_subscribed)
        {
            notifier.TaskChanged -= OnTaskChanged;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The task list could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogListFailed(ILogger logger, Exception exception, string correlationId);
}

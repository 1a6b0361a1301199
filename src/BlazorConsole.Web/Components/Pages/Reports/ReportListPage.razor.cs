using System.Globalization;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Components.Shared;
using BlazorConsole.Web.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace BlazorConsole.Web.Components.Pages.Reports;

/// <summary>
/// Reports: generate one (a tenant or all, a date range) through the same <see cref="ReportService"/> as the REST API,
/// follow its task live, download it over the signed-in session; and the reports that can still be downloaded.
/// </summary>
public sealed partial class ReportListPage(
    ReportService reportService,
    ReportCatalog catalog,
    TenantService tenants,
    IMultitenancySettings settings,
    TaskNotifier notifier,
    TaskToasts toasts,
    TimeProvider time,
    ILogger<ReportListPage> logger) : IDisposable
{
    /// <summary>How many of the newest reports the page lists.</summary>
    public const int ListSize = 50;

    private List<AvailableReport> _reports = [];
    private DataRegionState _region = DataRegionState.Loading;
    private string? _correlationId;
    private int _total;
    private bool _enabled;
    private int _lifetimeHours;
    private TenantOption? _tenant;
    private DateTime? _from;
    private DateTime? _to;
    private string? _formError;
    private bool _requesting;
    private ConsoleTask? _current;
    private bool _subscribed;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var options = settings.Current;
        _enabled = options.EnableProtectionReports;
        _lifetimeHours = options.ReportLifetimeHours;
        var today = time.GetUtcNow().UtcDateTime.Date;
        (_from, _to) = (today.AddDays(-30), today);
        await LoadReportsAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_subscribed)
        {
            notifier.TaskChanged += OnTaskChanged;
            _subscribed = true;
        }
    }

    private async Task LoadReportsAsync()
    {
        if (_region != DataRegionState.Content)
        {
            _region = DataRegionState.Loading;
        }

        try
        {
            var page = await catalog.ListAvailableAsync(0, ListSize, CancellationToken.None);
            if (!page.IsSuccess)
            {
                throw new InvalidOperationException($"{page.Error.Code}: {page.Error.Message}");
            }

            (_reports, _total) = ([.. page.Value.Items], page.Value.Total);
            _region = _total == 0 ? DataRegionState.Empty : DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogListFailed(logger, exception, _correlationId);
            _region = DataRegionState.Error;
        }
    }

    private async Task<IEnumerable<TenantOption>> SearchTenantsAsync(string? text, CancellationToken cancellationToken)
    {
        try
        {
            var page = await tenants.ListAsync(new TenantQuery { Search = string.IsNullOrWhiteSpace(text) ? null : text.Trim(), Take = 10 }, cancellationToken);
            return page.Items.Select(t => new TenantOption(t.Tenant.Id, t.Tenant.Name));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogTenantSearchFailed(logger, exception);
            return [];
        }
    }

    private async Task GenerateAsync()
    {
        _formError = null;
        if (_from is { } from && _to is { } to && from.Date > to.Date)
        {
            _formError = "The first day must not be after the last day.";
            return;
        }

        _requesting = true;
        try
        {
            var actor = AuthenticationState is null ? null : (await AuthenticationState).User.Identity?.Name;
            var fromText = _from is { } f ? DateTime.SpecifyKind(f.Date, DateTimeKind.Utc).ToWire() : null;

            // the last day is included: the range ends at the start of the next day
            var toText = _to is { } t ? DateTime.SpecifyKind(t.Date.AddDays(1), DateTimeKind.Utc).ToWire() : null;
            var result = await reportService.RequestAsync(_tenant?.Id.ToString(), fromText, toText, actor ?? "console", CancellationToken.None);
            if (!result.IsSuccess)
            {
                // Core's expected errors are written for users (unknown tenant, bad range)
                _formError = result.Error.Message;
                return;
            }

            _current = result.Value;
            toasts.Show(result.Value);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogRequestFailed(logger, exception, _correlationId);
            _formError = $"The report could not be requested. Reference for your administrator: {_correlationId}";
        }
        finally
        {
            _requesting = false;
        }
    }

    private void OnTaskChanged(ConsoleTask task)
    {
        if (_current is null || task.Id != _current.Id)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            _current = task;
            if (task.State.IsFinal())
            {
                toasts.Show(task);
                await LoadReportsAsync();
            }

            StateHasChanged();
        });
    }

    private static string DownloadHref(string reportId) =>
        Guid.TryParse(reportId, out var id) ? ReportDownloadEndpoints.Href(id) : "/reports";

    /// <summary>Minutes are enough in the list (the header says UTC), so every column fits beside the download.</summary>
    private static string Short(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    public void Dispose()
    {
        if (_subscribed)
        {
            notifier.TaskChanged -= OnTaskChanged;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The report list could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogListFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A report could not be requested (correlation id {CorrelationId})")]
    private static partial void LogRequestFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The report form could not search tenants")]
    private static partial void LogTenantSearchFailed(ILogger logger, Exception exception);
}

using System.Globalization;
using BlazorConsole.Core.Audit;
using BlazorConsole.Web.Audit;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace BlazorConsole.Web.Components.Pages.Access.Audit;

/// <summary>
/// The audit log for administrators and auditors: entries newest first, filtered on the server by actor, action,
/// target, channel and time range (all in the URL), paged; a CSV export of the current filter; and a check of the
/// hash chain that says it is intact or names the first broken entry.
/// </summary>
public sealed partial class AuditLogPage(AuditService audit, NavigationManager navigation, ILogger<AuditLogPage> logger)
{
    public const int PageSize = 50;

    private IReadOnlyList<AuditEntry> _entries = [];
    private DataRegionState _region = DataRegionState.Loading;
    private AuditView _view = AuditView.Parse(null, null, null, null, null, null, null);
    private AuditView? _loaded;
    private AuditVerification? _verification;
    private string? _correlationId;
    private int _total;
    private bool _verifying;

    [SupplyParameterFromQuery(Name = "actor")]
    public string? Actor { get; set; }

    [SupplyParameterFromQuery(Name = "action")]
    public string? Action { get; set; }

    [SupplyParameterFromQuery(Name = "target")]
    public string? Target { get; set; }

    [SupplyParameterFromQuery(Name = "channel")]
    public string? Channel { get; set; }

    /// <summary>First day (UTC, <c>yyyy-MM-dd</c>), inclusive.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>Last day (UTC, <c>yyyy-MM-dd</c>), inclusive.</summary>
    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public int? Page { get; set; }

    private int PageCount => (_total + PageSize - 1) / PageSize;

    private string ExportHref => navigation.GetUriWithQueryParameters(AuditAccess.ExportPath, _view.ToParameters());

    protected override async Task OnParametersSetAsync()
    {
        _view = AuditView.Parse(Actor, Action, Target, Channel, From, To, Page);
        if (_loaded != _view)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        if (_region != DataRegionState.Content)
        {
            _region = DataRegionState.Loading;
        }

        _loaded = _view;
        try
        {
            var page = await audit.ListAsync(_view.ToQuery(PageSize), CancellationToken.None);
            _entries = page.Items;
            _total = page.Total;
            _region = _total == 0 ? DataRegionState.Empty : DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogListFailed(logger, exception, _correlationId);
            _region = DataRegionState.Error;
        }
    }

    private async Task VerifyAsync()
    {
        _verifying = true;
        try
        {
            _verification = await audit.VerifyAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var correlationId = CorrelationId.Create();
            LogVerifyFailed(logger, exception, correlationId);
            _verification = new AuditVerification(false, 0, null, $"The chain could not be read. Reference for your administrator: {correlationId}");
        }
        finally
        {
            _verifying = false;
        }
    }

    private static string ShortId(string id) => id.Length > 13 ? id[..8] + "…" : id;

    private static string? DateText(DateOnly? date) => date?.ToString(AuditView.DateFormat, CultureInfo.InvariantCulture);

    private Task OnActorChangedAsync(string? value) => GoAsync(_view with { Actor = value }, 1);

    private Task OnActionChangedAsync(string? value) => GoAsync(_view with { Action = value }, 1);

    private Task OnTargetChangedAsync(string? value) => GoAsync(_view with { Target = value }, 1);

    private Task OnChannelChangedAsync(string? value) => GoAsync(_view with { Channel = value }, 1);

    private Task OnFromChangedAsync(string? value) => GoAsync(_view with { From = ParseDate(value) }, 1);

    private Task OnToChangedAsync(string? value) => GoAsync(_view with { To = ParseDate(value) }, 1);

    private Task OnPageChangedAsync(int page) => GoAsync(_view, page);

    private Task ClearFiltersAsync() => GoAsync(AuditView.Parse(null, null, null, null, null, null, null), 1);

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, AuditView.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private Task GoAsync(AuditView view, int page)
    {
        var parameters = view.ToParameters();
        parameters["page"] = page > 1 ? page : null;
        navigation.NavigateTo(navigation.GetUriWithQueryParameters(parameters));
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit log could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogListFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit chain could not be verified (correlation id {CorrelationId})")]
    private static partial void LogVerifyFailed(ILogger logger, Exception exception, string correlationId);
}

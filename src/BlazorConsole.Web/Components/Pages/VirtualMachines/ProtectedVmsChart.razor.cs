using System.Globalization;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.VirtualMachines;

/// <summary>A bar chart of the tenant's protected VMs per UTC day, counted in the database (one query).</summary>
public sealed partial class ProtectedVmsChart(VirtualMachineQueryService queries, ILogger<ProtectedVmsChart> logger)
{
    private DataRegionState _state = DataRegionState.Loading;
    private string? _correlationId;
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];
    private IReadOnlyList<ProtectedVmsPerDay> _days = [];
    private BarChartOptions _options = new();

    [Parameter, EditorRequired]
    public Guid TenantId { get; set; }

    /// <summary>Reloads the chart (after VMs were registered or unregistered).</summary>
    public async Task RefreshAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private string Summary
    {
        get
        {
            if (_days.Count == 0)
            {
                return string.Empty;
            }

            var peak = _days.MaxBy(d => d.Vms)!;
            var today = _days[^1];
            return string.Create(CultureInfo.InvariantCulture, $"Today {today.Vms} protected VMs; at most {peak.Vms} on {peak.Day:yyyy-MM-dd}.");
        }
    }

    private async Task LoadAsync()
    {
        _state = DataRegionState.Loading;
        try
        {
            var counts = await queries.ProtectedPerDayAsync(TenantId, VirtualMachineQueryService.DefaultDays, CancellationToken.None);
            if (!counts.IsSuccess)
            {
                _days = [];
                _state = DataRegionState.Empty;
                return;
            }

            _days = counts.Value;
            _labels = [.. _days.Select((d, i) => i % 5 == 0 || i == _days.Count - 1 ? d.Day.ToString("MM-dd", CultureInfo.InvariantCulture) : string.Empty)];
            _series = [new ChartSeries<double> { Name = "Protected VMs", Data = _days.Select(d => (double)d.Vms).ToArray() }];
            var peak = _days.Count == 0 ? 0 : _days.Max(d => d.Vms);

            // about five ticks, whole VMs
            _options = new BarChartOptions { YAxisTicks = Math.Max(1, (int)Math.Ceiling(peak / 5.0)), YAxisSuggestedMax = Math.Max(1, peak) };
            _state = _days.Any(d => d.Vms > 0) ? DataRegionState.Content : DataRegionState.Empty;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogLoadFailed(logger, exception, _correlationId);
            _state = DataRegionState.Error;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The protected VMs chart could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string correlationId);
}

using System.Globalization;
using BlazorConsole.Core.Protection;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.VirtualMachines;

/// <summary>A VM's protection periods (from the protection store, by BIOS ID) over the last 30 days by default, as bars and a table.</summary>
public sealed partial class ProtectionTimelineDialog(VirtualMachineQueryService queries, ILogger<ProtectionTimelineDialog> logger)
{
    private DataRegionState _state = DataRegionState.Loading;
    private ProtectionTimeline? _timeline;
    private string? _correlationId;
    private int _days = VirtualMachineQueryService.DefaultDays;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid BiosId { get; set; }

    [Parameter]
    public string? VmName { get; set; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task OnDaysChangedAsync(int days)
    {
        _days = days;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _state = DataRegionState.Loading;
        try
        {
            var timeline = await queries.TimelineAsync(BiosId, _days, CancellationToken.None);
            _timeline = timeline.Value;
            _state = timeline.IsSuccess && timeline.Value.Periods.Count > 0 ? DataRegionState.Content : DataRegionState.Empty;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogLoadFailed(logger, exception, _correlationId);
            _state = DataRegionState.Error;
        }
    }

    private void Close() => Dialog.Close();

    private static (string Left, string Width) Position(ProtectionTimeline timeline, ProtectionPeriod period)
    {
        var span = (timeline.To - timeline.From).TotalSeconds;
        var start = Math.Max(0, (period.Start - timeline.From).TotalSeconds);
        var end = Math.Min(span, ((period.End ?? timeline.To) - timeline.From).TotalSeconds);
        var left = start / span * 100;
        var width = Math.Max(0.3, (end - start) / span * 100);
        return (left.ToString("0.###", CultureInfo.InvariantCulture), width.ToString("0.###", CultureInfo.InvariantCulture));
    }

    private static string TimelineLabel(ProtectionTimeline timeline)
    {
        var hours = timeline.Periods.Sum(p => ((p.End ?? timeline.To) < timeline.To ? p.End ?? timeline.To : timeline.To).Subtract(p.Start < timeline.From ? timeline.From : p.Start).TotalHours);
        return string.Create(CultureInfo.InvariantCulture, $"{timeline.Periods.Count} protection periods, {hours:0} hours protected between {Day(timeline.From)} and {Day(timeline.To)}");
    }

    private static string Describe(ProtectionPeriod period) =>
        $"{Time(period.Start)} to {(period.End is { } end ? Time(end) : "now")}";

    private static string Day(DateTime time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Error, Message = "The protection timeline could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string correlationId);
}

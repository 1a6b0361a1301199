using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.VirtualMachines;

/// <summary>
/// A tenant's VMs: server-side grid (<see cref="VirtualMachineQueryService.ListAsync"/>, search by name or BIOS ID,
/// sort, page), register dialog, unregister one or several after a confirmation, and each VM's protection timeline.
/// </summary>
public sealed partial class TenantVirtualMachinesPanel(
    VirtualMachineQueryService queries,
    VirtualMachineService vms,
    IDialogService dialogs,
    ILogger<TenantVirtualMachinesPanel> logger)
{
    public const int PageSize = 10;

    private MudDataGrid<VirtualMachine>? _grid;
    private DataRegionState _state = DataRegionState.Loading;
    private string? _correlationId;
    private string? _search;
    private string? _actionError;
    private HashSet<VirtualMachine> _selected = [];
    private bool _busy;
    private int _gridKey;

    [Parameter, EditorRequired]
    public Guid TenantId { get; set; }

    /// <summary>Called after VMs were registered or unregistered.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    private async Task<GridData<VirtualMachine>> LoadAsync(GridState<VirtualMachine> state, CancellationToken cancellationToken)
    {
        var sortBy = state.SortDefinitions.FirstOrDefault();
        var sort = sortBy is not null && Enum.TryParse<VirtualMachineSort>(sortBy.SortBy, out var column) ? column : VirtualMachineSort.Name;
        var query = new VirtualMachineQuery
        {
            TenantId = TenantId,
            Search = _search,
            Sort = sort,
            Descending = sortBy?.Descending == true,
            Skip = state.Page * state.PageSize,
            Take = state.PageSize,
        };
        try
        {
            var page = await queries.ListAsync(query, cancellationToken);
            if (!page.IsSuccess)
            {
                _state = DataRegionState.Empty;
                return new GridData<VirtualMachine> { Items = [], TotalItems = 0 };
            }

            _state = page.Value.Total == 0 && _search is null ? DataRegionState.Empty : DataRegionState.Content;
            return new GridData<VirtualMachine> { Items = page.Value.Items, TotalItems = page.Value.Total };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogListFailed(logger, exception, _correlationId);
            _state = DataRegionState.Error;
            return new GridData<VirtualMachine> { Items = [], TotalItems = 0 };
        }
        finally
        {
            StateHasChanged();
        }
    }

    private async Task OnSearchChangedAsync(string? text)
    {
        _search = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _selected = [];
        if (_grid is null)
        {
            await RetryAsync();
        }
        else
        {
            await _grid.ReloadServerData();
        }
    }

    private Task RetryAsync()
    {
        // a fresh grid loads its first page
        _state = DataRegionState.Loading;
        _gridKey++;
        return Task.CompletedTask;
    }

    private void OnSelectionChanged(HashSet<VirtualMachine> selected) => _selected = selected;

    private async Task RegisterAsync()
    {
        var parameters = new DialogParameters<RegisterVirtualMachineDialog> { { d => d.TenantId, TenantId } };
        var dialog = await dialogs.ShowAsync<RegisterVirtualMachineDialog>("Register a virtual machine", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            await RetryAsync();
            await OnChanged.InvokeAsync();
        }
    }

    private async Task UnregisterSelectedAsync()
    {
        var chosen = _selected.ToList();
        var names = string.Join(", ", chosen.Take(5).Select(v => v.Name ?? v.BiosId.ToString()));
        var more = chosen.Count > 5 ? $" and {chosen.Count - 5} more" : string.Empty;
        var confirmed = await dialogs.ShowMessageBoxAsync(
            chosen.Count == 1 ? "Unregister the virtual machine?" : $"Unregister {chosen.Count} virtual machines?",
            $"{names}{more} will no longer be counted for this tenant. Their protection periods stay.",
            yesText: "Unregister",
            cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        _actionError = null;
        try
        {
            var failed = 0;
            foreach (var vm in chosen)
            {
                var removed = await vms.UnregisterAsync(TenantId, vm.BiosId.ToString(), null, CancellationToken.None);
                if (!removed.IsSuccess && removed.Error.Code != VirtualMachineErrors.NotFoundCode)
                {
                    failed++;
                }
            }

            if (failed > 0)
            {
                _actionError = $"{failed} of {chosen.Count} virtual machines could not be unregistered.";
            }

            await ReloadAsync();
            await OnChanged.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ShowTimelineAsync(VirtualMachine vm)
    {
        var parameters = new DialogParameters<ProtectionTimelineDialog>
        {
            { d => d.BiosId, vm.BiosId },
            { d => d.VmName, vm.Name },
        };
        await dialogs.ShowAsync<ProtectionTimelineDialog>("Protection timeline", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The virtual machines of a tenant could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogListFailed(ILogger logger, Exception exception, string correlationId);
}

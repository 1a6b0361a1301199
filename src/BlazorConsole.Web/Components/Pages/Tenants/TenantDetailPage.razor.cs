using System.Globalization;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Components.Layout;
using BlazorConsole.Web.Components.Pages.VirtualMachines;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Tenants;

/// <summary>
/// One tenant (<c>/tenants/{id}</c>): its details, the activate/deactivate/delete tasks with their live progress,
/// its VMs and the protected VMs per day. An unknown id shows a not-found state.
/// </summary>
public sealed partial class TenantDetailPage(TenantService tenants, IDialogService dialogs, BreadcrumbCurrent breadcrumb, TaskToasts toasts, ILogger<TenantDetailPage> logger)
{
    private DataRegionState _state = DataRegionState.Loading;
    private string? _correlationId;
    private Tenant? _tenant;
    private bool _notFound;
    private string? _deletedName;
    private Guid? _actionTaskId;
    private string? _actionLabel;
    private bool _busy;
    private ProtectedVmsChart? _chart;

    [Parameter]
    public Guid TenantId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _state = DataRegionState.Loading;
        try
        {
            var found = await tenants.GetAsync(TenantId, CancellationToken.None);
            _notFound = !found.IsSuccess && _deletedName is null;
            _tenant = found.Value;
            _state = DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogLoadFailed(logger, exception, _correlationId);
            _state = DataRegionState.Error;
        }

        breadcrumb.Set(_tenant?.Name ?? _deletedName ?? "Not found");
    }

    private async Task ChangeActivationAsync(bool activate)
    {
        _busy = true;
        var task = await tenants.ChangeActivationAsync(TenantId, activate, await ActorAsync(), CancellationToken.None);
        _busy = task.IsSuccess;
        _actionLabel = task.IsSuccess ? (activate ? "Activating the tenant" : "Deactivating the tenant") : task.Error.Message;
        _actionTaskId = task.IsSuccess ? task.Value.Id : null;
        if (task.IsSuccess)
        {
            toasts.Show(task.Value);
        }
    }

    private async Task DeleteAsync()
    {
        if (_tenant is not { } tenant)
        {
            return;
        }

        var parameters = new DialogParameters<DeleteTenantDialog>
        {
            { d => d.TenantName, tenant.Name },
            { d => d.IsComplete, tenant.Type == TenantType.Complete },
        };
        var dialog = await dialogs.ShowAsync<DeleteTenantDialog>("Delete tenant", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: bool removeArtifacts })
        {
            return;
        }

        _busy = true;
        var task = await tenants.DeleteAsync(TenantId, removeArtifacts, await ActorAsync(), CancellationToken.None);
        _busy = task.IsSuccess;
        _actionLabel = task.IsSuccess ? "Deleting the tenant" : task.Error.Message;
        _actionTaskId = task.IsSuccess ? task.Value.Id : null;
        if (task.IsSuccess)
        {
            toasts.Show(task.Value);
        }
    }

    private async Task OnActionEndedAsync(ConsoleTask task)
    {
        _busy = false;
        toasts.Show(task);
        if (task.Type == TaskTypes.DeleteTenant && task.State == TaskState.Completed)
        {
            _deletedName = _tenant?.Name;
            _actionTaskId = null;
        }

        await LoadAsync();
    }

    private async Task OnVmsChangedAsync()
    {
        if (_chart is not null)
        {
            await _chart.RefreshAsync();
        }
    }

    private async Task<string> ActorAsync() =>
        (AuthenticationState is null ? null : (await AuthenticationState).User.Identity?.Name) ?? "console";

    private static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Error, Message = "The tenant could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string correlationId);
}

using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace BlazorConsole.Web.Components.Shared.Tenants;

/// <summary>
/// Follows a bulk tenant task (<see cref="BulkTenantService"/>): it reads the parent and its children once, then
/// again whenever <see cref="TaskNotifier"/> publishes a change of the parent or of one of its children.
/// </summary>
public sealed partial class BulkTaskPanel(BulkTenantService bulk, TaskNotifier notifier) : IDisposable
{
    private BulkTenantProgress? _progress;
    private string? _error;
    private bool _busy;
    private Guid _shown;
    private bool _reloadRunning;
    private bool _reloadPending;

    [Parameter, EditorRequired]
    public Guid BulkTaskId { get; set; }

    /// <summary>Called with the id of the new bulk task that retries the failed tenants.</summary>
    [Parameter]
    public EventCallback<Guid> OnRetried { get; set; }

    /// <summary>Called once the bulk task has ended (the list reloads its rows then).</summary>
    [Parameter]
    public EventCallback OnEnded { get; set; }

    [Parameter]
    public EventCallback OnDismiss { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_shown == BulkTaskId)
        {
            return;
        }

        _shown = BulkTaskId;
        _progress = null;
        _error = null;
        notifier.TaskChanged -= OnTaskChanged;
        notifier.TaskChanged += OnTaskChanged;
        await ReloadAsync();
    }

    public void Dispose() => notifier.TaskChanged -= OnTaskChanged;

    private void OnTaskChanged(ConsoleTask task)
    {
        if (task.Id != BulkTaskId && task.ParentId != BulkTaskId)
        {
            return;
        }

        _ = InvokeAsync(ScheduleReloadAsync);
    }

    /// <summary>One reload at a time (on the circuit's context); changes during a reload cause one more after it.</summary>
    private async Task ScheduleReloadAsync()
    {
        if (_reloadRunning)
        {
            _reloadPending = true;
            return;
        }

        _reloadRunning = true;
        try
        {
            do
            {
                _reloadPending = false;
                await ReloadAsync();
                StateHasChanged();
            }
            while (_reloadPending);
        }
        finally
        {
            _reloadRunning = false;
        }
    }

    private async Task ReloadAsync()
    {
        var wasEnded = _progress?.Parent.State.IsFinal() == true;
        var progress = await bulk.GetAsync(BulkTaskId, CancellationToken.None);
        if (!progress.IsSuccess)
        {
            _error = "This bulk task no longer exists (finished tasks are deleted after the history period).";
            return;
        }

        _progress = progress.Value;
        if (!wasEnded && _progress.Parent.State.IsFinal())
        {
            await OnEnded.InvokeAsync();
        }
    }

    private async Task RetryAsync()
    {
        _busy = true;
        try
        {
            var actor = AuthenticationState is null ? null : (await AuthenticationState).User.Identity?.Name;
            var retried = await bulk.RetryFailedAsync(BulkTaskId, actor ?? "console", CancellationToken.None);
            if (retried.IsSuccess)
            {
                await OnRetried.InvokeAsync(retried.Value.Id);
            }
            else
            {
                _error = retried.Error.Message;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private static string Summary(BulkTenantProgress progress)
    {
        var verb = progress.Action switch
        {
            BulkTenantAction.Activate => "Activate",
            BulkTenantAction.Deactivate => "Deactivate",
            _ => "Report on",
        };
        var tenants = progress.Total == 1 ? "1 tenant" : $"{progress.Total} tenants";
        return progress.Parent.State.IsFinal()
            ? $"{verb} {tenants}: {progress.Succeeded} succeeded, {progress.Failed} failed"
            : $"{verb} {tenants}: {progress.Ended} of {progress.Total} done";
    }
}

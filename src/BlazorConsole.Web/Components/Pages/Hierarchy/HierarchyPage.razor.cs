using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace BlazorConsole.Web.Components.Pages.Hierarchy;

/// <summary>
/// The server hierarchy: the KSC connection's Administration Server as the primary with its secondaries by group and
/// status; the add-secondary wizard; removal with confirmation.
/// </summary>
public sealed partial class HierarchyPage(HierarchyService hierarchy, IDialogService dialogs, ILogger<HierarchyPage> logger)
{
    private DataRegionState _state = DataRegionState.Loading;
    private HierarchyView? _view;
    private string? _correlationId;
    private string _errorText = "The server hierarchy could not be loaded. Try again in a moment.";
    private string _emptyText = string.Empty;
    private Notice? _notice;
    private bool _busy;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _state = DataRegionState.Loading;
        _correlationId = null;
        try
        {
            var result = await hierarchy.GetAsync(CancellationToken.None);
            if (result.IsSuccess)
            {
                _view = result.Value;
                _state = DataRegionState.Content;
            }
            else if (result.Error.Code == KscErrors.ServiceNotConfiguredCode)
            {
                _view = null;
                _emptyText = "The console has no KSC connection yet: its Administration Server is the primary of the hierarchy.";
                _state = DataRegionState.Empty;
            }
            else
            {
                _view = null;
                _errorText = $"The primary Administration Server could not be read: {result.Error.Message}";
                _correlationId = CorrelationId.Create();
                LogReadFailed(logger, result.Error.Code, _correlationId);
                _state = DataRegionState.Error;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _view = null;
            _errorText = "The server hierarchy could not be loaded. Try again in a moment.";
            _correlationId = CorrelationId.Create();
            LogLoadFailed(logger, exception, _correlationId);
            _state = DataRegionState.Error;
        }
    }

    private async Task AddAsync()
    {
        if (_view is null)
        {
            return;
        }

        var parameters = new DialogParameters<AddSecondaryDialog> { { d => d.View, _view } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false, CloseOnEscapeKey = true };
        var reference = await dialogs.ShowAsync<AddSecondaryDialog>("Add secondary server", parameters, options);
        var result = await reference.Result;
        if (result is { Canceled: false, Data: AddSecondaryOutcome outcome })
        {
            _notice = new Notice(Severity.Success, outcome.Summary);
            await LoadAsync();
        }
    }

    private async Task RemoveAsync(SecondaryServer server)
    {
        var confirmed = await dialogs.ShowMessageBoxAsync(
            "Remove secondary server",
            $"'{server.DisplayName}' stops receiving this primary's policies and tasks and disappears from the hierarchy. Its own settings stay until its administrator changes them.",
            yesText: "Remove",
            cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        var actor = await ActorAsync();
        if (actor is null)
        {
            _notice = new Notice(Severity.Error, "Sign in again to change the hierarchy.");
            return;
        }

        _busy = true;
        try
        {
            var removed = await hierarchy.RemoveAsync(server.Id, actor, CancellationToken.None);
            _notice = removed.IsSuccess
                ? new Notice(Severity.Success, $"'{server.DisplayName}' is removed from the hierarchy.")
                : new Notice(Severity.Error, removed.Error.Message);
            await LoadAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var correlationId = CorrelationId.Create();
            LogLoadFailed(logger, exception, correlationId);
            _notice = new Notice(Severity.Error, $"The secondary could not be removed. Reference for your administrator: {correlationId}");
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<string?> ActorAsync()
    {
        if (AuthenticationState is null)
        {
            return null;
        }

        var user = (await AuthenticationState).User;
        return user.Identity?.IsAuthenticated == true && !string.IsNullOrWhiteSpace(user.Identity.Name) ? user.Identity.Name : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The server hierarchy could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The primary Administration Server could not be read: {Code} (correlation id {CorrelationId})")]
    private static partial void LogReadFailed(ILogger logger, string code, string correlationId);

    private sealed record Notice(Severity Severity, string Text);
}

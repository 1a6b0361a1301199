using System.Globalization;
using BlazorConsole.Core.Access;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace BlazorConsole.Web.Components.Pages.Access.Connections;

/// <summary>
/// API connections (Administrator only): their role, tenant scope, expiry, last use, calls per endpoint and state;
/// create one (its refresh token is shown once, in the dialog) and revoke one.
/// </summary>
public sealed partial class ApiConnectionsPage(
    ApiConnectionService connections,
    TenantService tenants,
    IAuthorizationService authorization,
    IDialogService dialogs,
    IOptions<ApiTokenOptions> options,
    TimeProvider time,
    ILogger<ApiConnectionsPage> logger)
{
    private DataRegionState _state = DataRegionState.Loading;
    private string? _correlationId;
    private bool? _allowed;
    private IReadOnlyList<ConnectionRow> _rows = [];
    private IReadOnlyList<Tenant> _tenants = [];
    private Notice? _notice;
    private bool _running;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private bool Busy => _running || !RendererInfo.IsInteractive;

    protected override async Task OnInitializedAsync()
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        _allowed = user is not null && (await authorization.AuthorizeAsync(user, AccessPolicies.Administrator)).Succeeded;
        if (_allowed == true)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _state = DataRegionState.Loading;
        try
        {
            var list = await connections.ListAsync(CancellationToken.None);
            if (!list.IsSuccess)
            {
                _allowed = false;
                return;
            }

            var now = time.GetUtcNow().UtcDateTime;
            var rows = new List<ConnectionRow>(list.Value.Count);
            foreach (var connection in list.Value)
            {
                var use = await connections.ListUseAsync(connection.Id, CancellationToken.None);
                rows.Add(new ConnectionRow(connection, connection.StatusAt(now, options.Value.IdleExpiry), use.IsSuccess ? use.Value : []));
            }

            _tenants = await tenants.StreamAllAsync(CancellationToken.None).OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ToListAsync();
            _rows = rows;
            _state = rows.Count == 0 ? DataRegionState.Empty : DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = CorrelationId.Create();
            LogLoadFailed(logger, exception, _correlationId);
            _state = DataRegionState.Error;
        }
    }

    private async Task CreateAsync()
    {
        var actor = await ActorAsync();
        if (actor is null)
        {
            _notice = new Notice(Severity.Error, "Sign in again to create an API connection.");
            return;
        }

        _notice = null;
        var parameters = new DialogParameters<CreateApiConnectionDialog>
        {
            { d => d.Tenants, _tenants },
            { d => d.Actor, actor },
        };
        var dialogOptions = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false, CloseOnEscapeKey = false };
        var reference = await dialogs.ShowAsync<CreateApiConnectionDialog>("New API connection", parameters, dialogOptions);
        var result = await reference.Result;
        if (result is { Canceled: false, Data: string name })
        {
            _notice = new Notice(Severity.Success, $"The API connection {name} is created.");
            await LoadAsync();
        }
    }

    private async Task RevokeAsync(ApiConnection connection)
    {
        var confirmed = await dialogs.ShowMessageBoxAsync(
            "Revoke the API connection",
            $"{connection.Name} stops working at once: its refresh token and every access token it got are refused from the next call. This cannot be undone.",
            yesText: "Revoke",
            cancelText: "Cancel") == true;
        if (!confirmed)
        {
            return;
        }

        _running = true;
        _notice = null;
        try
        {
            var result = await connections.RevokeAsync(connection.Id, CancellationToken.None);
            _notice = result.IsSuccess
                ? new Notice(Severity.Success, $"The API connection {connection.Name} is revoked.")
                : new Notice(Severity.Error, result.Error.Message);
            await LoadAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var correlationId = CorrelationId.Create();
            LogActionFailed(logger, exception, correlationId);
            _notice = new Notice(Severity.Error, $"The connection could not be revoked. Reference for your administrator: {correlationId}");
        }
        finally
        {
            _running = false;
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

    private string ScopeText(ApiConnection connection)
    {
        if (connection.AllTenants)
        {
            return "All tenants";
        }

        var names = connection.TenantIds
            .Select(id => _tenants.FirstOrDefault(t => t.Id == id)?.Name ?? $"removed tenant {id}")
            .Order(StringComparer.CurrentCultureIgnoreCase);
        return string.Join(", ", names);
    }

    private static string Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string StatusText(ApiConnectionStatus status) => status switch
    {
        ApiConnectionStatus.Active => "Active",
        ApiConnectionStatus.Revoked => "Revoked",
        ApiConnectionStatus.Expired => "Expired",
        _ => "Idle (expired from disuse)",
    };

    private static Color StatusColor(ApiConnectionStatus status) => status == ApiConnectionStatus.Active ? Color.Success : Color.Default;

    [LoggerMessage(Level = LogLevel.Error, Message = "The API connections could not be loaded (correlation id {CorrelationId})")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "An API connection could not be revoked (correlation id {CorrelationId})")]
    private static partial void LogActionFailed(ILogger logger, Exception exception, string correlationId);

    private sealed record Notice(Severity Severity, string Text);

    private sealed record ConnectionRow(ApiConnection Connection, ApiConnectionStatus Status, IReadOnlyList<ApiEndpointUse> Use);
}

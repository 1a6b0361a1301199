using BlazorConsole.Web.Access;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>
/// What the integration pages share: the signed-in administrator (the actor recorded on changes), the notice, the busy
/// state of a running action and logging an unexpected failure under a correlation id (never its text).
/// </summary>
public abstract partial class IntegrationPageBase : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private ILogger<IntegrationPageBase> Logger { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    /// <summary>True for Administrators (read by <see cref="ReadRightsAsync"/>): only they change integrations; others read.</summary>
    protected bool CanChange { get; private set; }

    /// <summary>A change control is disabled: an action runs, or the signed-in user may only read.</summary>
    protected bool Locked => Busy || !CanChange;

    protected IntegrationNotice? Notice { get; set; }

    /// <summary>What is running now (shown with a progress bar); null when idle.</summary>
    protected string? Running { get; private set; }

    protected bool Busy => Running is not null || !RendererInfo.IsInteractive;

    /// <summary>Runs an action as the signed-in administrator, showing <paramref name="running"/> meanwhile.</summary>
    protected async Task RunAsync(string running, Func<string, Task> action)
    {
        var actor = await ActorAsync();
        if (actor is null)
        {
            Notice = new IntegrationNotice(Severity.Error, "Sign in again to change the integration.");
            return;
        }

        Notice = null;
        Running = running;
        StateHasChanged();
        try
        {
            await action(actor);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Notice = new IntegrationNotice(Severity.Error, $"The action failed. Reference for your administrator: {Fail(exception)}");
        }
        finally
        {
            Running = null;
        }
    }

    /// <summary>Reads whether the signed-in user may change integrations (the Administrator policy).</summary>
    protected async Task ReadRightsAsync()
    {
        if (AuthenticationState is null)
        {
            CanChange = false;
            return;
        }

        var user = (await AuthenticationState).User;
        CanChange = (await Authorization.AuthorizeAsync(user, AccessPolicies.Administrator)).Succeeded;
    }

    /// <summary>Logs an unexpected failure; the correlation id to show.</summary>
    protected string Fail(Exception exception)
    {
        var correlationId = CorrelationId.Create();
        LogFailed(Logger, exception, correlationId);
        return correlationId;
    }

    /// <summary>Logs an expected failure that stops a page from loading (its code only); the correlation id to show.</summary>
    protected string Refused(string code)
    {
        var correlationId = CorrelationId.Create();
        LogRefused(Logger, code, correlationId);
        return correlationId;
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

    [LoggerMessage(Level = LogLevel.Error, Message = "An integration page failed (correlation id {CorrelationId})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An integration page could not load: {Code} (correlation id {CorrelationId})")]
    private static partial void LogRefused(ILogger logger, string code, string correlationId);
}

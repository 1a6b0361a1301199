using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Components.Layout;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>
/// What the MDR pages of an integration share: the integration (for the header), its MDR connection, whether the
/// signed-in user may change anything (the Administrator policy; Operators and Auditors read), and the breadcrumb.
/// </summary>
public abstract class MdrPageBase : IntegrationPageBase
{
    [Inject]
    private AutotaskIntegrationService Integrations { get; set; } = default!;

    [Inject]
    private BreadcrumbCurrent Breadcrumb { get; set; } = default!;

    [Inject]
    protected IMdrConnectionService Connections { get; set; } = default!;

    /// <summary>The integration's id (the route's).</summary>
    [Parameter]
    public Guid Id { get; set; }

    protected AutotaskIntegrationView? Integration { get; private set; }

    /// <summary>The integration's MDR connection; null when it has none (or it is not loaded yet).</summary>
    protected MdrConnectionView? Connection { get; set; }

    /// <summary>The page's state: loading, empty (no integration or no connection), error or content.</summary>
    protected DataRegionState State { get; set; } = DataRegionState.Loading;

    protected string? CorrelationId { get; set; }

    protected string ErrorText { get; set; } = "The MDR connection could not be loaded. Try again in a moment.";

    /// <summary>The page's name in the breadcrumb after the integration's name.</summary>
    protected abstract string Section { get; }

    /// <summary>Reads the user's rights, the integration and its connection; false (and the state set) when there is nothing more to load.</summary>
    protected async Task<bool> LoadConnectionAsync()
    {
        State = DataRegionState.Loading;
        try
        {
            await ReadRightsAsync();
            Integration = await Integrations.GetAsync(Id, CancellationToken.None);
            if (Integration is null)
            {
                State = DataRegionState.Empty;
                return false;
            }

            Breadcrumb.Set($"{Integration.Name} · {Section}");
            Connection = await Connections.GetByIntegrationAsync(Id, CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            CorrelationId = Fail(exception);
            ErrorText = "The MDR connection could not be loaded. Try again in a moment.";
            State = DataRegionState.Error;
            return false;
        }
    }

    /// <summary>Runs a change as the signed-in administrator; anyone else is told so and nothing runs.</summary>
    protected Task ChangeAsync(string running, Func<string, Task> action)
    {
        if (!CanChange)
        {
            Notice = new IntegrationNotice(Severity.Error, "Only administrators can change the MDR connection.");
            return Task.CompletedTask;
        }

        return RunAsync(running, action);
    }

    /// <summary>The connection after a change (reads it again; keeps the old one when it is gone meanwhile).</summary>
    protected async Task RefreshConnectionAsync() =>
        Connection = await Connections.GetByIntegrationAsync(Id, CancellationToken.None);
}

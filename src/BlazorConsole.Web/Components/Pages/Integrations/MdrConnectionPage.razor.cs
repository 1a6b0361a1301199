using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Components.Shared;
using BlazorConsole.Web.Sandbox;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>
/// An integration's MDR connection: connect with a Client ID and a refresh token; then its name, access level,
/// tenants, token expiries and status, Test, Replace token, Pause/Resume and Delete, and the MDR tenant mapping.
/// </summary>
public sealed partial class MdrConnectionPage(IDialogService dialogs, SandboxSimulators sandbox)
{
    private readonly MdrConnectionForm _connect = new();
    private MdrConnectionForm _replace = new();
    private MudForm? _connectForm;
    private MudForm? _replaceForm;
    private MdrTenantMappingTable? _mappings;
    private MdrConnectionTest? _test;
    private string _baseUrlHelp = "Kaspersky's MDR REST API; change it only for another MDR portal.";

    protected override string Section => "Kaspersky MDR";

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _test = null;
        if (!await LoadConnectionAsync())
        {
            return;
        }

        if (sandbox.Mdr is { } simulator)
        {
            // Development: the sandbox's MDR simulator, whose certificate the client trusts for its address only
            _connect.BaseUrl ??= simulator.BaseUrl.ToString();
            _baseUrlHelp = "The sandbox's MDR simulator (Development). Its Sandbox page issues refresh tokens.";
        }

        _connect.BaseUrl ??= MdrEndpoint.DefaultBaseUrl.ToString();
        _replace = new MdrConnectionForm { BaseUrl = Connection?.BaseUrl.ToString(), ClientId = Connection?.ClientId };
        State = DataRegionState.Content;
    }

    private async Task ConnectAsync()
    {
        if (!await ValidAsync(_connectForm))
        {
            return;
        }

        await ChangeAsync("Spending the refresh token for a new pair and reading the connection…", async actor =>
        {
            var result = await Connections.ConnectAsync(Id, _connect.ToInput(), actor, CancellationToken.None);
            _connect.RefreshToken = null;
            if (!result.IsSuccess)
            {
                Notice = new IntegrationNotice(Severity.Error, $"Nothing was saved. {result.Error.Message}");
                return;
            }

            Connection = result.Value;
            _replace = new MdrConnectionForm { BaseUrl = Connection.BaseUrl.ToString(), ClientId = Connection.ClientId };
            Notice = new IntegrationNotice(Severity.Success, $"Connected as \"{Connection.ConnectionName}\". Map the MDR tenants below, then set the ticketing rules.");
        });
    }

    private async Task ReplaceAsync()
    {
        if (Connection is not { } connection || !await ValidAsync(_replaceForm))
        {
            return;
        }

        await ChangeAsync("Spending the new refresh token…", async actor =>
        {
            var result = await Connections.ReplaceTokenAsync(connection.Id, _replace.ToInput(), actor, CancellationToken.None);
            _replace.RefreshToken = null;
            if (!result.IsSuccess)
            {
                Notice = new IntegrationNotice(Severity.Error, $"The stored token was kept. {result.Error.Message}");
                return;
            }

            Connection = result.Value;
            Notice = new IntegrationNotice(Severity.Success, $"The token is replaced: connected as \"{Connection.ConnectionName}\".");
            await ReloadMappingsAsync();
        });
    }

    private Task TestAsync() => ChangeAsync("Reading incidents and assets from MDR…", async _ =>
    {
        if (Connection is not { } connection)
        {
            return;
        }

        var result = await Connections.TestAsync(connection.Id, CancellationToken.None);
        await RefreshConnectionAsync();
        if (!result.IsSuccess)
        {
            _test = null;
            Notice = new IntegrationNotice(Severity.Error, $"The test failed. {result.Error.Message}");
            return;
        }

        _test = result.Value;
        Notice = new IntegrationNotice(Severity.Success, $"MDR answered: {_test.IncidentCount} incidents and {_test.AssetCount} assets in {_test.TenantNames.Count} tenants.");
    });

    private Task ToggleSyncAsync() => ChangeAsync("Saving…", async actor =>
    {
        if (Connection is not { } connection)
        {
            return;
        }

        var enable = !connection.SyncEnabled;
        var result = await Connections.SetSyncEnabledAsync(connection.Id, enable, actor, CancellationToken.None);
        if (!result.IsSuccess)
        {
            Notice = new IntegrationNotice(Severity.Error, result.Error.Message);
            return;
        }

        await RefreshConnectionAsync();
        Notice = new IntegrationNotice(Severity.Success, enable ? "The synchronisation is resumed." : "The synchronisation is paused: no incident is read and no ticket is written until you resume it.");
    });

    private async Task DeleteAsync()
    {
        if (Connection is not { } connection || !CanChange)
        {
            return;
        }

        var confirmed = await dialogs.ShowMessageBoxAsync(
            "Delete the MDR connection?",
            $"The connection \"{connection.ConnectionName}\" is deleted with its tenant mappings, rules and synced incidents. Tickets already in Autotask stay. The refresh token is forgotten: to connect again, generate a new one in MDR.",
            yesText: "Delete",
            cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        await ChangeAsync("Deleting the MDR connection…", async actor =>
        {
            var result = await Connections.DeleteAsync(connection.Id, actor, CancellationToken.None);
            if (!result.IsSuccess)
            {
                Notice = new IntegrationNotice(Severity.Error, result.Error.Message);
                return;
            }

            Connection = null;
            _test = null;
            Notice = new IntegrationNotice(Severity.Success, "The MDR connection is deleted.");
        });
    }

    private async Task ReloadMappingsAsync()
    {
        if (_mappings is not null)
        {
            await _mappings.LoadAsync();
        }
    }

    private static async Task<bool> ValidAsync(MudForm? form)
    {
        if (form is null)
        {
            return false;
        }

        await form.ValidateAsync();
        return form.IsValid;
    }
}

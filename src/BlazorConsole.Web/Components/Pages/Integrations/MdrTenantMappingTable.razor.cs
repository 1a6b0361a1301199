using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>
/// The MDR tenants a connection sees: map one to a console tenant (autocomplete), remove a mapping, and see which
/// Autotask company its incidents' tickets go to, or that none is mapped yet.
/// </summary>
public sealed partial class MdrTenantMappingTable(IMdrConnectionService connections, TenantService tenants)
{
    private readonly Dictionary<string, MdrTenantChoice?> _choices = new(StringComparer.Ordinal);
    private IReadOnlyList<MdrTenantRow> _rows = [];
    private DataRegionState _state = DataRegionState.Loading;
    private string? _correlationId;
    private string _errorText = "The MDR tenants could not be loaded. Try again in a moment.";

    [Parameter, EditorRequired]
    public Guid ConnectionId { get; set; }

    [Parameter, EditorRequired]
    public Guid IntegrationId { get; set; }

    protected override Task OnParametersSetAsync() => LoadAsync();

    /// <summary>Reads the tenants again (after a token replacement, the scope may differ).</summary>
    public async Task LoadAsync()
    {
        _state = DataRegionState.Loading;
        await ReadRightsAsync();
        try
        {
            var result = await connections.ListTenantsAsync(ConnectionId, CancellationToken.None);
            if (!result.IsSuccess)
            {
                _correlationId = Refused(result.Error.Code);
                _errorText = result.Error.Message;
                _state = DataRegionState.Error;
                return;
            }

            _rows = result.Value;
            _state = _rows.Count == 0 ? DataRegionState.Empty : DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = Fail(exception);
            _errorText = "The MDR tenants could not be loaded. Try again in a moment.";
            _state = DataRegionState.Error;
        }
        finally
        {
            StateHasChanged();
        }
    }

    private MdrTenantChoice? Choice(MdrTenantRow row) => _choices.GetValueOrDefault(row.MdrTenantName);

    private async Task<IEnumerable<MdrTenantChoice>> SearchTenantsAsync(string? text, CancellationToken cancellationToken)
    {
        var mapped = _rows.Where(r => r.TenantId is not null).Select(r => r.TenantId!.Value).ToHashSet();
        var page = await tenants.ListAsync(new TenantQuery { Search = string.IsNullOrWhiteSpace(text) ? null : text.Trim(), Take = 10 + mapped.Count }, cancellationToken);
        return page.Items.Where(t => !mapped.Contains(t.Tenant.Id)).Take(10).Select(t => new MdrTenantChoice(t.Tenant.Id, t.Tenant.Name));
    }

    private Task MapAsync(MdrTenantRow row) => RunAsync($"Mapping {row.MdrTenantName}…", async actor =>
    {
        if (!CanChange || Choice(row) is not { } choice)
        {
            return;
        }

        var result = await connections.MapTenantAsync(ConnectionId, row.MdrTenantName, choice.Id, actor, CancellationToken.None);
        if (!result.IsSuccess)
        {
            Notice = new IntegrationNotice(Severity.Error, result.Error.Message);
            return;
        }

        _choices.Remove(row.MdrTenantName);
        await LoadAsync();
        Notice = new IntegrationNotice(Severity.Success, $"MDR tenant {row.MdrTenantName} is mapped to {choice.Name}.");
    });

    private Task UnmapAsync(MdrTenantRow row) => RunAsync($"Removing the mapping of {row.MdrTenantName}…", async actor =>
    {
        if (!CanChange)
        {
            return;
        }

        var result = await connections.UnmapTenantAsync(ConnectionId, row.MdrTenantName, actor, CancellationToken.None);
        await LoadAsync();
        Notice = result.IsSuccess
            ? new IntegrationNotice(Severity.Success, $"MDR tenant {row.MdrTenantName} is no longer mapped: its new incidents wait as unmapped.")
            : new IntegrationNotice(Severity.Error, result.Error.Message);
    });
}

using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>
/// Tenants against Autotask companies: map by hand or accept a suggestion, remove a mapping, filter mapped/unmapped
/// (in the URL), and see when a mapped company was renamed, deactivated or deleted in Autotask.
/// </summary>
public sealed partial class CompanyMappingPage(CompanyMappingService mappings, NavigationManager navigation)
{
    private readonly Dictionary<Guid, long?> _choices = [];
    private DataRegionState _state = DataRegionState.Loading;
    private string? _correlationId;
    private string _errorText = "The mapping could not be loaded. Try again in a moment.";
    private MappingBoard? _board;

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromQuery(Name = "show")]
    public string? Show { get; set; }

    private MappingFilter Filter => Enum.TryParse<MappingFilter>(Show, ignoreCase: true, out var filter) ? filter : MappingFilter.All;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _state = DataRegionState.Loading;
        await ReadRightsAsync();
        try
        {
            var result = await mappings.GetBoardAsync(Id, Filter, CancellationToken.None);
            if (!result.IsSuccess)
            {
                // an expected failure (draft, Autotask unreachable…): its own words, and Retry
                _correlationId = Refused(result.Error.Code);
                _errorText = result.Error.Message;
                _state = DataRegionState.Error;
                return;
            }

            _board = result.Value;
            _state = _board.TenantCount == 0 ? DataRegionState.Empty : DataRegionState.Content;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _correlationId = Fail(exception);
            _errorText = "The mapping could not be loaded. Try again in a moment.";
            _state = DataRegionState.Error;
        }
    }

    /// <summary>The company chosen for an unmapped tenant: the administrator's pick, else the suggestion.</summary>
    private long? Choice(MappingRow row) =>
        _choices.TryGetValue(row.TenantId, out var chosen) ? chosen : row.Suggestion?.CompanyId;

    private Task FilterChangedAsync(MappingFilter filter)
    {
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("show", filter == MappingFilter.All ? null : filter.ToString().ToLowerInvariant()));
        return Task.CompletedTask;
    }

    private Task MapAsync(MappingRow row, long companyId, double? confidence) => RunAsync($"Mapping {row.TenantName}…", async actor =>
    {
        var result = await mappings.MapAsync(Id, row.TenantId, companyId, confidence, actor, CancellationToken.None);
        if (!result.IsSuccess)
        {
            Notice = new IntegrationNotice(Severity.Error, result.Error.Message);
            return;
        }

        _choices.Remove(row.TenantId);
        await LoadAsync();
        Notice = new IntegrationNotice(Severity.Success, $"{row.TenantName} is mapped to {result.Value.CompanyName}.");
    });

    private Task UnmapAsync(MappingRow row) => RunAsync($"Removing the mapping of {row.TenantName}…", async _ =>
    {
        var result = await mappings.UnmapAsync(Id, row.TenantId, CancellationToken.None);
        await LoadAsync();
        Notice = result.IsSuccess
            ? new IntegrationNotice(Severity.Success, $"{row.TenantName} is no longer mapped.")
            : new IntegrationNotice(Severity.Error, result.Error!.Message);
    });
}

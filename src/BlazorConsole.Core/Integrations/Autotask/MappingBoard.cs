namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The mapping page's content: tenants with their mappings or suggestions, and the companies still free.</summary>
/// <param name="Rows">The tenants the filter lets through, by name.</param>
/// <param name="FreeCompanies">Active companies mapped to no tenant (the MSP's own company excluded), by name.</param>
/// <param name="MappedCount">Tenants mapped in the integration (whatever the filter).</param>
public sealed record MappingBoard(
    AutotaskIntegrationView Integration,
    IReadOnlyList<MappingRow> Rows,
    IReadOnlyList<AutotaskCompany> FreeCompanies,
    int MappedCount,
    int TenantCount)
{
    public int Limit => Integration.ManagedAccountsLimit;

    public bool LimitReached => MappedCount >= Limit;
}

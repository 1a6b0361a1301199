namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>A contract of a company.</summary>
/// <param name="Status">Picklist id (1 Active, 0 Inactive).</param>
public sealed record AutotaskContract(
    long Id,
    long CompanyId,
    string ContractName,
    string? ContractNumber,
    int? ContractType,
    int? Status,
    DateTimeOffset? StartDate,
    DateTimeOffset? EndDate,
    bool IsDefaultContract);

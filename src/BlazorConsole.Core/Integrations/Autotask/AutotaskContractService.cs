namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>A service billed on a contract (its unit count per period is in <see cref="AutotaskContractServiceUnits"/>).</summary>
public sealed record AutotaskContractService(
    long Id,
    long ContractId,
    long ServiceId,
    decimal? UnitPrice,
    decimal? UnitCost,
    string? InvoiceDescription);

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The units of a contract service billed for one period (read-only: units change through adjustments).</summary>
public sealed record AutotaskContractServiceUnits(
    long ContractId,
    long ContractServiceId,
    long ServiceId,
    DateTimeOffset StartDate,
    DateTimeOffset EndDate,
    int Units,
    decimal? Price);

namespace BlazorConsole.Sandbox.Autotask;

/// <summary>A ContractServiceAdjustment the simulator accepted.</summary>
public sealed record AutotaskSimulatedAdjustment(long Id, long ContractId, long ContractServiceId, DateTimeOffset EffectiveDate, int UnitChange, decimal? AdjustedUnitPrice, string? CreatedBy);

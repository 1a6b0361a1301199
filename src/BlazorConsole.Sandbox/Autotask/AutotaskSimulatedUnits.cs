namespace BlazorConsole.Sandbox.Autotask;

/// <summary>The units of a contract service in one billing period.</summary>
public sealed record AutotaskSimulatedUnits(long ContractServiceId, DateTimeOffset StartDate, DateTimeOffset EndDate, int Units);

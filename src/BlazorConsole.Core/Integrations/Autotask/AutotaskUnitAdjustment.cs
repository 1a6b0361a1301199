namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// A change of the unit count of a contract service from a date on (a ContractServiceAdjustment, the only way Autotask
/// changes units). It is a create: the client never sends it twice.
/// </summary>
/// <param name="UnitChange">Units added (positive) or removed (negative); never 0.</param>
/// <param name="AdjustedUnitPrice">Price per unit of the change; null keeps the service's price.</param>
public sealed record AutotaskUnitAdjustment(
    long ContractId,
    long ContractServiceId,
    DateTimeOffset EffectiveDate,
    int UnitChange,
    decimal? AdjustedUnitPrice = null);

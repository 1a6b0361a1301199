namespace BlazorConsole.Sandbox.Autotask;

/// <summary>A consistent, read-only copy of what the simulator holds at one moment.</summary>
/// <param name="Tickets">Tickets created in this run, by id.</param>
/// <param name="Notes">Ticket notes created in this run, by id.</param>
/// <param name="Adjustments">Unit adjustments accepted in this run, by id.</param>
/// <param name="Units">Units of every contract service per period, by service then period.</param>
/// <param name="RequestCounts">Requests counted in the threshold window per database (<c>ci</c>).</param>
/// <param name="CompanyCount">Companies held (the MSP's own included).</param>
public sealed record AutotaskSimulatorSnapshot(
    IReadOnlyList<AutotaskSimulatedTicket> Tickets,
    IReadOnlyList<AutotaskSimulatedNote> Notes,
    IReadOnlyList<AutotaskSimulatedAdjustment> Adjustments,
    IReadOnlyList<AutotaskSimulatedUnits> Units,
    IReadOnlyDictionary<long, int> RequestCounts,
    int CompanyCount)
{
    /// <summary>Units of <paramref name="contractServiceId"/> in the period containing <paramref name="date"/>; null when none.</summary>
    public int? UnitsAt(long contractServiceId, DateTimeOffset date) =>
        Units.FirstOrDefault(period => period.ContractServiceId == contractServiceId && period.StartDate <= date && date <= period.EndDate)?.Units;
}

using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>A bulk task as the tenant list shows it: the parent task and, live, one outcome per tenant.</summary>
public sealed record BulkTenantProgress(ConsoleTask Parent, BulkTenantAction Action, IReadOnlyList<BulkTenantOutcome> Outcomes)
{
    public int Total => Outcomes.Count;

    public int Ended => Outcomes.Count(o => o.State.IsFinal());

    public int Succeeded => Outcomes.Count(o => o.State == TaskState.Completed);

    public int Failed => Outcomes.Count(o => o.IsFailure);
}

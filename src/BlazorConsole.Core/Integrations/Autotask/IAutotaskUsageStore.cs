namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>Reads protected days from the protection periods and keeps the records of pushed usage.</summary>
public interface IAutotaskUsageStore
{
    /// <summary>
    /// Per VM of the given tenants: the distinct UTC days in [<paramref name="from"/>, <paramref name="to"/>) (whole days
    /// from <paramref name="from"/>, the last one cut at <paramref name="to"/>) on which one of its periods was open.
    /// Counted in the database; VMs with no such day are left out.
    /// </summary>
    Task<IReadOnlyList<VmProtectedDays>> CountProtectedDaysAsync(IReadOnlyCollection<Guid> tenantIds, DateTime from, DateTime to, CancellationToken cancellationToken);

    /// <summary>The periods of a tenant's VMs overlapping [<paramref name="from"/>, <paramref name="to"/>), clipped to it.</summary>
    Task<IReadOnlyList<UsagePeriod>> ListPeriodsAsync(Guid tenantId, DateTime from, DateTime to, CancellationToken cancellationToken);

    /// <summary>The push records of an integration for a month.</summary>
    Task<IReadOnlyList<AutotaskUsagePush>> ListPushesAsync(Guid integrationId, DateTime month, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the push of (integration, tenant, month): inserts <paramref name="push"/> as Pending, or takes over a
    /// Failed (or stale Pending) row. Null when the month was sent already or another push holds it.
    /// </summary>
    Task<AutotaskUsagePush?> ClaimAsync(AutotaskUsagePush push, DateTime staleBefore, CancellationToken cancellationToken);

    /// <summary>Saves the outcome of a claimed push.</summary>
    Task CompleteAsync(AutotaskUsagePush push, CancellationToken cancellationToken);
}

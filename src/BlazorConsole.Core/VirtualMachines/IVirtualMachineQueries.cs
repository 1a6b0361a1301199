using BlazorConsole.Core.Common;
using BlazorConsole.Core.Protection;

namespace BlazorConsole.Core.VirtualMachines;

/// <summary>The reads of the tenant detail page, each one query in the database.</summary>
public interface IVirtualMachineQueries
{
    /// <summary>One page of a tenant's VMs and how many match the search.</summary>
    Task<Page<VirtualMachine>> ListAsync(VirtualMachineQuery query, CancellationToken cancellationToken);

    /// <summary>The protection periods of a BIOS ID that overlap [from, to), oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ProtectionPeriod>> PeriodsAsync(Guid biosId, DateTime from, DateTime to, int limit, CancellationToken cancellationToken);

    /// <summary>The tenant a VM with this BIOS ID is registered to; null when none is.</summary>
    Task<Guid?> TenantOfAsync(Guid biosId, CancellationToken cancellationToken);

    /// <summary>For each UTC day from <paramref name="firstDay"/> on (<paramref name="days"/> days), how many of the tenant's VMs had a period overlapping it.</summary>
    Task<IReadOnlyList<ProtectedVmsPerDay>> ProtectedPerDayAsync(Guid tenantId, DateOnly firstDay, int days, CancellationToken cancellationToken);
}

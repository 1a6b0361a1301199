using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Core.VirtualMachines;

/// <summary>
/// What the tenant detail page reads about VMs: the server-side VM list, a VM's protection timeline and the
/// tenant's protected VMs per day. Each is a query in the database; an unknown or out-of-scope tenant is VIRMT_TenantWithSpecifiedIdNotFound.
/// </summary>
public sealed class VirtualMachineQueryService(ITenantStore tenants, IVirtualMachineQueries queries, TimeProvider time, IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    /// <summary>The default range of a timeline and of the chart.</summary>
    public const int DefaultDays = 30;

    /// <summary>The longest range the chart or a timeline covers.</summary>
    public const int MaxDays = 366;

    /// <summary>The most periods a timeline shows.</summary>
    public const int MaxPeriods = 500;

    public async Task<Result<Page<VirtualMachine>>> ListAsync(VirtualMachineQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!_access.Current.Covers(query.TenantId) || !await tenants.ExistsAsync(query.TenantId, cancellationToken))
        {
            return TenantErrors.NotFound(query.TenantId);
        }

        return await queries.ListAsync(query with { Skip = Math.Max(0, query.Skip), Take = Math.Clamp(query.Take, 1, 500) }, cancellationToken);
    }

    /// <summary>
    /// The periods of one BIOS ID over the last <paramref name="days"/> days (up to now). A caller scoped to some
    /// tenants sees only the timeline of a VM registered to one of them; otherwise VIRMT_VmWithSpecifiedIdNotFound.
    /// </summary>
    public async Task<Result<ProtectionTimeline>> TimelineAsync(Guid biosId, int days, CancellationToken cancellationToken)
    {
        if (days is < 1 or > MaxDays)
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, $"The range must be 1 to {MaxDays} days.");
        }

        // periods of a BIOS ID that no VM is registered to belong to no tenant: only a caller covering all tenants sees them
        var scope = _access.Current;
        if (!scope.CanRead || (!scope.AllTenants && !scope.Covers(await queries.TenantOfAsync(biosId, cancellationToken))))
        {
            return VirtualMachineErrors.NotFound();
        }

        var to = time.GetUtcNow().UtcDateTime;
        var from = to.AddDays(-days);
        var periods = await queries.PeriodsAsync(biosId, from, to, MaxPeriods + 1, cancellationToken);
        return new ProtectionTimeline(biosId, from, to, [.. periods.Take(MaxPeriods)], periods.Count > MaxPeriods);
    }

    /// <summary>Protected VMs per UTC day over the last <paramref name="days"/> days, today included.</summary>
    public async Task<Result<IReadOnlyList<ProtectedVmsPerDay>>> ProtectedPerDayAsync(Guid tenantId, int days, CancellationToken cancellationToken)
    {
        if (days is < 1 or > MaxDays)
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, $"The range must be 1 to {MaxDays} days.");
        }

        if (!_access.Current.Covers(tenantId) || !await tenants.ExistsAsync(tenantId, cancellationToken))
        {
            return TenantErrors.NotFound(tenantId);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var counts = await queries.ProtectedPerDayAsync(tenantId, today.AddDays(1 - days), days, cancellationToken);
        return Result<IReadOnlyList<ProtectedVmsPerDay>>.Success(counts);
    }
}

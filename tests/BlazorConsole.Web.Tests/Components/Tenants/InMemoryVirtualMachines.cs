using System.Runtime.CompilerServices;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Protection;
using BlazorConsole.Core.VirtualMachines;

namespace BlazorConsole.Web.Tests.Components.Tenants;

/// <summary>VMs, periods and per-day counts in memory, for the tenant detail page; records the list queries and can fail.</summary>
public sealed class InMemoryVirtualMachines : IVirtualMachineStore, IVirtualMachineQueries
{
    private readonly Lock _lock = new();
    private readonly List<VirtualMachine> _vms = [];

    public List<VirtualMachineQuery> ListQueries { get; } = [];

    public List<ProtectionPeriod> Periods { get; } = [];

    /// <summary>The counts the chart query answers (empty: all zero).</summary>
    public Dictionary<DateOnly, int> ProtectedPerDay { get; } = [];

    /// <summary>How many of the next list calls throw.</summary>
    public int FailNextLists { get; set; }

    /// <summary>When set, list calls wait for it (the loading state).</summary>
    public TaskCompletionSource? ListGate { get; set; }

    public VirtualMachine Add(Guid tenantId, string? name, Guid? biosId = null)
    {
        var vm = new VirtualMachine
        {
            Id = Guid.NewGuid(),
            TenantId = tenantId,
            BiosId = biosId ?? Guid.NewGuid(),
            Name = name,
            Created = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            Updated = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        };
        lock (_lock)
        {
            _vms.Add(vm);
        }

        return vm;
    }

    public IReadOnlyList<VirtualMachine> Of(Guid tenantId)
    {
        lock (_lock)
        {
            return [.. _vms.Where(v => v.TenantId == tenantId)];
        }
    }

    public async Task<Page<VirtualMachine>> ListAsync(VirtualMachineQuery query, CancellationToken cancellationToken)
    {
        ListQueries.Add(query);
        if (ListGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (FailNextLists > 0)
        {
            FailNextLists--;
            throw new InvalidOperationException("database is locked (secret detail)");
        }

        var rows = Of(query.TenantId)
            .Where(v => query.Search is null
                || (v.Name?.Contains(query.Search, StringComparison.OrdinalIgnoreCase) ?? false)
                || v.BiosId.ToString().Contains(query.Search, StringComparison.OrdinalIgnoreCase))
            .OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new Page<VirtualMachine>([.. rows.Skip(query.Skip).Take(query.Take)], rows.Count);
    }

    public Task<IReadOnlyList<ProtectionPeriod>> PeriodsAsync(Guid biosId, DateTime from, DateTime to, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProtectionPeriod>>([.. Periods.Where(p => p.BiosId == biosId && p.Start < to && (p.End is null || p.End > from)).OrderBy(p => p.Start).Take(limit)]);

    public Task<Guid?> TenantOfAsync(Guid biosId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_vms.Where(v => v.BiosId == biosId).Select(v => (Guid?)v.TenantId).FirstOrDefault());
        }
    }

    public Task<IReadOnlyList<ProtectedVmsPerDay>> ProtectedPerDayAsync(Guid tenantId, DateOnly firstDay, int days, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProtectedVmsPerDay>>([.. Enumerable.Range(0, days).Select(i => new ProtectedVmsPerDay(firstDay.AddDays(i), ProtectedPerDay.GetValueOrDefault(firstDay.AddDays(i))))]);

    public async IAsyncEnumerable<VirtualMachine> StreamByTenantAsync(Guid tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var vm in Of(tenantId))
        {
            await Task.Yield();
            yield return vm;
        }
    }

    public Task<Result> AddAsync(VirtualMachine vm, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_vms.Any(v => v.BiosId == vm.BiosId))
            {
                return Task.FromResult<Result>(VirtualMachineErrors.BiosIdAlreadyExists(vm.BiosId));
            }

            _vms.Add(vm);
            return Task.FromResult(Result.Success());
        }
    }

    public Task<bool> RemoveByBiosIdAsync(Guid tenantId, Guid biosId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_vms.RemoveAll(v => v.TenantId == tenantId && v.BiosId == biosId) > 0);
        }
    }

    public Task<bool> RemoveByIdAsync(Guid tenantId, Guid vmId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_vms.RemoveAll(v => v.TenantId == tenantId && v.Id == vmId) > 0);
        }
    }
}

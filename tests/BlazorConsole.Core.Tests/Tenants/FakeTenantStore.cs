using System.Runtime.CompilerServices;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Core.Tests.Tenants;

/// <summary>Tenants in memory, names unique in any case, with a VM count per tenant for delete checks.</summary>
internal sealed class FakeTenantStore : ITenantStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Tenant> _rows = [];

    public Dictionary<Guid, int> VmCounts { get; } = [];

    /// <summary>An error the next <see cref="AddAsync"/> answers instead of adding.</summary>
    public Error? RefuseNextAdd { get; set; }

    public IReadOnlyList<Tenant> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _rows.Values];
            }
        }
    }

    public Tenant Seed(string name, TenantType type, TenantStatus status = TenantStatus.Inactive)
    {
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Type = type, Status = status };
        lock (_lock)
        {
            _rows[tenant.Id] = tenant;
        }

        return tenant;
    }

    public Task<Tenant?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.GetValueOrDefault(id));
        }
    }

    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.ContainsKey(id));
        }
    }

    public async IAsyncEnumerable<Tenant> StreamAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var tenant in All.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase))
        {
            await Task.Yield();
            yield return tenant;
        }
    }

    public Task<Page<TenantSummary>> ListAsync(TenantQuery query, CancellationToken cancellationToken)
    {
        var rows = All.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Skip(query.Skip).Take(query.Take)
            .Select(t => new TenantSummary(t, VmCounts.GetValueOrDefault(t.Id))).ToList();
        return Task.FromResult(new Page<TenantSummary>(rows, All.Count));
    }

    public Task<bool> NameExistsAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(All.Any(t => string.Equals(t.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)));

    public Task<Result> AddAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (RefuseNextAdd is { } refusal)
            {
                RefuseNextAdd = null;
                return Task.FromResult<Result>(refusal);
            }

            if (_rows.Values.Any(t => string.Equals(t.Name, tenant.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return Task.FromResult<Result>(TenantErrors.NameAlreadyExists(tenant.Name));
            }

            _rows[tenant.Id] = tenant;
            return Task.FromResult(Result.Success());
        }
    }

    public Task<bool> SetStatusAsync(Guid id, TenantStatus status, DateTime now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var tenant))
            {
                return Task.FromResult(false);
            }

            tenant.Status = status;
            tenant.Updated = now;
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            VmCounts.Remove(id);
            return Task.FromResult(_rows.Remove(id));
        }
    }
}

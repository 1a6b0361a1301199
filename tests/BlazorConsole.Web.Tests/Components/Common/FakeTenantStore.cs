using System.Runtime.CompilerServices;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Web.Tests.Components.Common;

/// <summary>An in-memory tenant store that records the list queries it receives and can fail on demand.</summary>
public sealed class FakeTenantStore : ITenantStore
{
    private readonly List<Tenant> _tenants = [];

    public List<TenantQuery> ListQueries { get; } = [];

    /// <summary>How many of the next list calls throw, as a database that is down would.</summary>
    public int FailNextLists { get; set; }

    /// <summary>When set, list calls wait for it, so a test can observe the loading state.</summary>
    public TaskCompletionSource? ListGate { get; set; }

    public Tenant Add(string name, TenantStatus status = TenantStatus.Active, TenantType type = TenantType.Simple)
    {
        var tenant = new Tenant
        {
            Id = Guid.NewGuid(),
            Name = name,
            Status = status,
            Type = type,
            Created = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            Updated = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        };
        _tenants.Add(tenant);
        return tenant;
    }

    public async Task<Page<TenantSummary>> ListAsync(TenantQuery query, CancellationToken cancellationToken)
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

        var rows = _tenants.Where(t => query.Search is null || t.Name.Contains(query.Search, StringComparison.OrdinalIgnoreCase));
        rows = query.Descending ? rows.OrderByDescending(t => t.Name, StringComparer.OrdinalIgnoreCase) : rows.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var matching = rows.ToList();
        return new Page<TenantSummary>([.. matching.Skip(query.Skip).Take(query.Take).Select(t => new TenantSummary(t, 0))], matching.Count);
    }

    public Task<Tenant?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_tenants.FirstOrDefault(t => t.Id == id));

    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_tenants.Any(t => t.Id == id));

    public async IAsyncEnumerable<Tenant> StreamAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var tenant in _tenants.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList())
        {
            await Task.Yield();
            yield return tenant;
        }
    }

    public Task<Result> AddAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        if (_tenants.Any(t => string.Equals(t.Name, tenant.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult<Result>(TenantErrors.NameAlreadyExists(tenant.Name));
        }

        _tenants.Add(tenant);
        return Task.FromResult(Result.Success());
    }

    public Task<bool> SetStatusAsync(Guid id, TenantStatus status, DateTime now, CancellationToken cancellationToken)
    {
        var tenant = _tenants.FirstOrDefault(t => t.Id == id);
        if (tenant is null)
        {
            return Task.FromResult(false);
        }

        tenant.Status = status;
        tenant.Updated = now;
        return Task.FromResult(true);
    }

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_tenants.RemoveAll(t => t.Id == id) > 0);
    public Task<bool> NameExistsAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(_tenants.Any(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)));
}

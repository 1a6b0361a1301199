using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Tests.Components.Common;

namespace BlazorConsole.Web.Tests.Components.Tenants;

/// <summary>The shared <see cref="FakeTenantStore"/> with single-tenant reads that can wait or fail, for the detail page's states.</summary>
public sealed class TenantStoreProbe(FakeTenantStore inner) : ITenantStore
{
    /// <summary>When set, single-tenant reads wait for it.</summary>
    public TaskCompletionSource? GetGate { get; set; }

    /// <summary>How many of the next single-tenant reads throw.</summary>
    public int FailNextGets { get; set; }

    public async Task<Tenant?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (GetGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (FailNextGets > 0)
        {
            FailNextGets--;
            throw new InvalidOperationException("database is locked (secret detail)");
        }

        return await inner.GetAsync(id, cancellationToken);
    }

    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) => inner.ExistsAsync(id, cancellationToken);

    public IAsyncEnumerable<Tenant> StreamAllAsync(CancellationToken cancellationToken) => inner.StreamAllAsync(cancellationToken);

    public Task<Page<TenantSummary>> ListAsync(TenantQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    public Task<bool> NameExistsAsync(string name, CancellationToken cancellationToken) => inner.NameExistsAsync(name, cancellationToken);

    public Task<Result> AddAsync(Tenant tenant, CancellationToken cancellationToken) => inner.AddAsync(tenant, cancellationToken);

    public Task<bool> SetStatusAsync(Guid id, TenantStatus status, DateTime now, CancellationToken cancellationToken) => inner.SetStatusAsync(id, status, now, cancellationToken);

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) => inner.DeleteAsync(id, cancellationToken);
}

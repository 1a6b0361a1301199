namespace BlazorConsole.Core.Tenants;

public enum TenantSort
{
    Name,
    Status,
    Type,
    VmCount,
    Created,
}

/// <summary>A server-side view of the tenant list: search, filters, order and page.</summary>
public sealed record TenantQuery
{
    public string? Search { get; init; }

    public TenantStatus? Status { get; init; }

    public TenantType? Type { get; init; }

    /// <summary>Only these tenants (the principal's scope); null: every tenant.</summary>
    public IReadOnlyCollection<Guid>? TenantIds { get; init; }

    public TenantSort Sort { get; init; } = TenantSort.Name;

    public bool Descending { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}

/// <summary>A tenant as the list shows it, with its VM count.</summary>
public sealed record TenantSummary(Tenant Tenant, int VmCount);

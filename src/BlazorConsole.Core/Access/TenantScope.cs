namespace BlazorConsole.Core.Access;

/// <summary>The tenants an account or API connection covers: all of them, or the chosen set.</summary>
public sealed record TenantScope(bool AllTenants, IReadOnlySet<Guid> TenantIds)
{
    public static TenantScope Everything { get; } = new(true, new HashSet<Guid>());

    public static TenantScope Only(IEnumerable<Guid> tenantIds) => new(false, tenantIds.ToHashSet());
}

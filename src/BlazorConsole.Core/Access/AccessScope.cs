namespace BlazorConsole.Core.Access;

/// <summary>
/// What the current principal may do: its role (none when it holds no console role) and the tenants it covers
/// (all, or a chosen set). Out-of-scope tenants are answered as not found (never revealing that they exist);
/// a change by a principal that may only read is refused with <see cref="AccessScopeErrors.Denied"/>.
/// </summary>
public sealed record AccessScope(string? Role, bool AllTenants, IReadOnlySet<Guid> TenantIds)
{
    /// <summary>The console itself (background work, no signed-in principal): everything.</summary>
    public static AccessScope System { get; } = new(ConsoleRoles.Administrator, true, new HashSet<Guid>());

    /// <summary>A principal without a console role: nothing.</summary>
    public static AccessScope None { get; } = new(null, false, new HashSet<Guid>());

    public bool CanRead => Role is ConsoleRoles.Administrator or ConsoleRoles.Operator or ConsoleRoles.Auditor;

    public bool CanWrite => Role is ConsoleRoles.Administrator or ConsoleRoles.Operator;

    public bool IsAdministrator => Role is ConsoleRoles.Administrator;

    /// <summary>True for an Administrator covering all tenants: the only principal that may change connections and integrations.</summary>
    public bool CanAdminister => IsAdministrator && AllTenants;

    /// <summary>True when the principal may read data that spans tenants (lists across every tenant).</summary>
    public bool CanReadAllTenants => CanRead && AllTenants;

    /// <summary>True when the principal may see this tenant.</summary>
    public bool Covers(Guid tenantId) => CanRead && (AllTenants || TenantIds.Contains(tenantId));

    /// <summary>True when the principal may see something that belongs to this tenant, or to none (then only with all tenants).</summary>
    public bool Covers(Guid? tenantId) => tenantId is { } id ? Covers(id) : CanRead && AllTenants;

    /// <summary>The tenant ids a list is limited to, or null when every tenant is covered.</summary>
    public IReadOnlyCollection<Guid>? TenantFilter => CanRead ? (AllTenants ? null : TenantIds) : [];

    /// <summary>The highest of the given roles, or null when none of them is a console role.</summary>
    public static string? HighestOf(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        return ConsoleRoles.All.FirstOrDefault(set.Contains);
    }
}

namespace BlazorConsole.Sandbox.Mdr;

/// <summary>A simulated MDR API connection: what its tokens say and what MDR lets it do.</summary>
/// <param name="ClientId">The Client ID shown in MDR; the first path segment of every call.</param>
/// <param name="Name">The connection name (the <c>author_name</c> of comments made through it).</param>
/// <param name="Role">Its access level.</param>
/// <param name="TenantNames">The MDR tenants it is limited to; null for every tenant.</param>
public sealed record MdrApiConnection(string ClientId, string Name, MdrSimulatedRole Role, IReadOnlyList<string>? TenantNames)
{
    /// <summary>True when the connection may see <paramref name="tenantName"/>.</summary>
    public bool Sees(string tenantName) =>
        TenantNames is null || TenantNames.Contains(tenantName, StringComparer.OrdinalIgnoreCase);
}

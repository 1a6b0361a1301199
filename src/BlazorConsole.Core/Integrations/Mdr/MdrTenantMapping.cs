namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// One MDR tenant mapped to one console tenant within a connection (one-to-one both ways); the console tenant's
/// Autotask company mapping then says which company gets the tickets.
/// </summary>
public sealed class MdrTenantMapping
{
    public const int TenantNameMaxLength = 256;

    public Guid Id { get; set; }

    public Guid ConnectionId { get; set; }

    /// <summary>The tenant's name in MDR (incidents carry it as <c>tenant_name</c>).</summary>
    public required string MdrTenantName { get; set; }

    public Guid TenantId { get; set; }

    public required string MappedBy { get; set; }

    public DateTime Mapped { get; set; }
}

using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Integrations;

internal sealed class MdrTenantMappingConfiguration : IEntityTypeConfiguration<MdrTenantMapping>
{
    /// <summary>Shadow column: the MDR tenant name in upper case, so that names differing only in case are one tenant.</summary>
    public const string NameKey = "MdrTenantKey";

    public void Configure(EntityTypeBuilder<MdrTenantMapping> builder)
    {
        builder.ToTable("MdrTenantMappings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MdrTenantName).HasMaxLength(MdrTenantMapping.TenantNameMaxLength).IsRequired();
        builder.Property<string>(NameKey).HasMaxLength(MdrTenantMapping.TenantNameMaxLength).IsRequired();
        builder.Property(m => m.MappedBy).HasMaxLength(AutotaskIntegration.ActorMaxLength).IsRequired();

        // one-to-one both ways within a connection
        builder.HasIndex(nameof(MdrTenantMapping.ConnectionId), NameKey).IsUnique();
        builder.HasIndex(m => new { m.ConnectionId, m.TenantId }).IsUnique();
        builder.HasOne<MdrConnection>().WithMany().HasForeignKey(m => m.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Cascade);
    }

    public static string KeyOf(string name) => name.Trim().ToUpperInvariant();
}

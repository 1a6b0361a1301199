using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Integrations;

internal sealed class CompanyMappingConfiguration : IEntityTypeConfiguration<CompanyMapping>
{
    public void Configure(EntityTypeBuilder<CompanyMapping> builder)
    {
        builder.ToTable("CompanyMappings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.CompanyName).HasMaxLength(CompanyMapping.CompanyNameMaxLength).IsRequired();
        builder.Property(m => m.MappedBy).HasMaxLength(AutotaskIntegration.ActorMaxLength).IsRequired();

        // one-to-one both ways within an integration
        builder.HasIndex(m => new { m.IntegrationId, m.TenantId }).IsUnique();
        builder.HasIndex(m => new { m.IntegrationId, m.CompanyId }).IsUnique();
        builder.HasOne<AutotaskIntegration>().WithMany().HasForeignKey(m => m.IntegrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

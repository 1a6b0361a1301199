using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Reports;

internal sealed class ProtectionReportConfiguration : IEntityTypeConfiguration<ProtectionReport>
{
    public void Configure(EntityTypeBuilder<ProtectionReport> builder)
    {
        builder.ToTable("ProtectionReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TenantName).HasMaxLength(Tenant.NameMaxLength);
        builder.HasIndex(r => r.Expires);
        builder.HasIndex(r => r.Created);
    }
}

using BlazorConsole.Core.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Protection;

internal sealed class ProtectionPeriodConfiguration : IEntityTypeConfiguration<ProtectionPeriod>
{
    public void Configure(EntityTypeBuilder<ProtectionPeriod> builder)
    {
        builder.ToTable("ProtectionPeriods");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.VmName).HasMaxLength(ProtectionPeriod.VmNameMaxLength);
        builder.Property(p => p.SvmId).HasMaxLength(ProtectionPeriod.SvmIdMaxLength);

        // ingestion is idempotent on (BIOS ID, start); reports and retention select by time
        builder.HasIndex(p => new { p.BiosId, p.Start }).IsUnique();
        builder.HasIndex(p => p.Start);
        builder.HasIndex(p => p.End);
    }
}

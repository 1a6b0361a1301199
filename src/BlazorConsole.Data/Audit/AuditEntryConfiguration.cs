using BlazorConsole.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.ActorNameMaxLength).IsRequired();
        builder.Property(e => e.Channel).HasMaxLength(AuditEntry.ChannelMaxLength).IsRequired();
        builder.Property(e => e.Address).HasMaxLength(AuditEntry.AddressMaxLength);
        builder.Property(e => e.CorrelationId).HasMaxLength(AuditEntry.CorrelationIdMaxLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder.Property(e => e.TargetType).HasMaxLength(AuditEntry.TargetTypeMaxLength).IsRequired();
        builder.Property(e => e.TargetId).HasMaxLength(AuditEntry.TargetIdMaxLength);
        builder.Property(e => e.TargetName).HasMaxLength(AuditEntry.TargetNameMaxLength);
        builder.Property(e => e.Summary).HasMaxLength(AuditEntry.SummaryMaxLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(AuditEntry.HashLength).IsFixedLength().IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(AuditEntry.HashLength).IsFixedLength().IsRequired();
        builder.HasIndex(e => e.Time);
        builder.HasIndex(e => new { e.Channel, e.Time });
    }
}

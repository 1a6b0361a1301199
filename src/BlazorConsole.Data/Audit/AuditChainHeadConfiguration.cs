using BlazorConsole.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Audit;

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public const string TableName = "AuditChainHeads";

    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.FirstPreviousHash).HasMaxLength(AuditEntry.HashLength).IsFixedLength().IsRequired();
        builder.Property(h => h.LastHash).HasMaxLength(AuditEntry.HashLength).IsFixedLength().IsRequired();
        // the head exists from the start, so that concurrent first writers lock the same row
        builder.HasData(new AuditChainHead
        {
            Id = AuditChainHead.SingletonId,
            FirstSequence = 1,
            FirstPreviousHash = new string('0', AuditEntry.HashLength),
            LastSequence = 0,
            LastHash = new string('0', AuditEntry.HashLength),
        });
    }
}

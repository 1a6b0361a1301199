using BlazorConsole.Core.Ksc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Ksc;

internal sealed class KscConnectionConfiguration : IEntityTypeConfiguration<KscConnection>
{
    /// <summary>Data Protection output of a password of at most 256 characters stays far below this.</summary>
    public const int ProtectedPasswordMaxLength = 4096;

    public void Configure(EntityTypeBuilder<KscConnection> builder)
    {
        builder.ToTable("KscConnections", table => table.HasCheckConstraint("CK_KscConnections_Single", $"\"Id\" = {KscConnection.SingletonId}"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Address).HasMaxLength(KscConnection.AddressMaxLength).IsRequired();
        builder.Property(c => c.UserName).HasMaxLength(KscConnection.UserNameMaxLength).IsRequired();
        builder.Property(c => c.ProtectedPassword).HasMaxLength(ProtectedPasswordMaxLength).IsRequired();
        builder.Property(c => c.IntegrationServerAddress).HasMaxLength(KscConnection.AddressMaxLength);
        builder.Property(c => c.PinnedThumbprint).HasMaxLength(KscConnection.ThumbprintLength).IsFixedLength();
        builder.Property(c => c.PinnedBy).HasMaxLength(KscConnection.ActorMaxLength);
        builder.Property(c => c.UpdatedBy).HasMaxLength(KscConnection.ActorMaxLength).IsRequired();
    }
}

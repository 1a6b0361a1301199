using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Integrations;

internal sealed class MdrConnectionConfiguration : IEntityTypeConfiguration<MdrConnection>
{
    /// <summary>Shadow column: until when an exchange of the stored refresh token is claimed (UTC ticks); null when none.</summary>
    public const string ExchangeClaimedUntil = "ExchangeClaimedUntil";

    public const int BaseUrlMaxLength = 512;

    /// <summary>A token is a few hundred characters; Data Protection output of it stays far below this.</summary>
    public const int ProtectedTokenMaxLength = 8192;

    public void Configure(EntityTypeBuilder<MdrConnection> builder)
    {
        builder.ToTable("MdrConnections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.BaseUrl).HasConversion(v => v.ToString(), v => new Uri(v)).HasMaxLength(BaseUrlMaxLength).IsRequired();
        builder.Property(c => c.ClientId).HasMaxLength(MdrEndpoint.ClientIdMaxLength).IsRequired();
        builder.Property(c => c.ConnectionName).HasMaxLength(MdrConnection.NameMaxLength).IsRequired();
        builder.Property(c => c.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.TenantScope).HasConversion(MdrValueConverters.Names, MdrValueConverters.NamesComparer);
        builder.Property(c => c.ProtectedRefreshToken).HasMaxLength(ProtectedTokenMaxLength).IsRequired();
        builder.Property(c => c.ProtectedAccessToken).HasMaxLength(ProtectedTokenMaxLength);
        builder.Property(c => c.AccessTokenExpires).HasConversion(MdrValueConverters.OptionalTime);
        builder.Property(c => c.RefreshTokenExpires).HasConversion(MdrValueConverters.OptionalTime);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.StatusMessage).HasMaxLength(MdrConnection.StatusMessageMaxLength);
        builder.Property(c => c.Cursor).HasConversion(MdrValueConverters.OptionalTime);
        builder.Property(c => c.LastSyncAt).HasConversion(MdrValueConverters.OptionalTime);
        builder.Property(c => c.Ticketing).HasConversion(MdrValueConverters.Ticketing, MdrValueConverters.TicketingComparer).IsRequired();
        builder.Property(c => c.UpdatedBy).HasMaxLength(AutotaskIntegration.ActorMaxLength).IsRequired();
        builder.Property<long?>(ExchangeClaimedUntil);

        // at most one MDR connection per Autotask integration
        builder.HasIndex(c => c.IntegrationId).IsUnique();
        builder.HasOne<AutotaskIntegration>().WithMany().HasForeignKey(c => c.IntegrationId).OnDelete(DeleteBehavior.Cascade);
    }
}

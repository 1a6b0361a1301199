using BlazorConsole.Core.Integrations.Autotask;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Integrations;

internal sealed class AutotaskIntegrationConfiguration : IEntityTypeConfiguration<AutotaskIntegration>
{
    /// <summary>Data Protection output of a secret of at most 256 characters stays far below this.</summary>
    public const int ProtectedMaxLength = 4096;

    public void Configure(EntityTypeBuilder<AutotaskIntegration> builder)
    {
        builder.ToTable("AutotaskIntegrations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Name).HasMaxLength(AutotaskIntegration.NameMaxLength).IsRequired();
        builder.Property(i => i.UserName).HasMaxLength(AutotaskCredentials.MaxLength).IsRequired();
        builder.Property(i => i.ProtectedSecret).HasMaxLength(ProtectedMaxLength);
        builder.Property(i => i.ProtectedIntegrationCode).HasMaxLength(ProtectedMaxLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.ZoneName).HasMaxLength(AutotaskIntegration.ZoneNameMaxLength);
        builder.Property(i => i.UsageRule).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.UpdatedBy).HasMaxLength(AutotaskIntegration.ActorMaxLength).IsRequired();
    }
}

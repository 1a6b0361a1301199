using BlazorConsole.Core.Integrations.Autotask;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Integrations;

internal sealed class AutotaskUsagePushConfiguration : IEntityTypeConfiguration<AutotaskUsagePush>
{
    public void Configure(EntityTypeBuilder<AutotaskUsagePush> builder)
    {
        builder.ToTable("AutotaskUsagePushes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ErrorCode).HasMaxLength(AutotaskUsagePush.CodeMaxLength);
        builder.Property(p => p.ErrorMessage).HasMaxLength(AutotaskUsagePush.MessageMaxLength);
        builder.Property(p => p.PushedBy).HasMaxLength(AutotaskIntegration.ActorMaxLength).IsRequired();

        // a month is pushed once per tenant: the row is the claim; no foreign key to tenants, the record outlives them
        builder.HasIndex(p => new { p.IntegrationId, p.Month, p.TenantId }).IsUnique();
        builder.HasOne<AutotaskIntegration>().WithMany().HasForeignKey(p => p.IntegrationId).OnDelete(DeleteBehavior.Cascade);
    }
}

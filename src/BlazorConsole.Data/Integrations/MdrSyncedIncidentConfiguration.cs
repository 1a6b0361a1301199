using BlazorConsole.Core.Integrations.Mdr;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Integrations;

internal sealed class MdrSyncedIncidentConfiguration : IEntityTypeConfiguration<MdrSyncedIncident>
{
    public const int IncidentIdMaxLength = 128;
    public const int TicketNumberMaxLength = 64;

    public void Configure(EntityTypeBuilder<MdrSyncedIncident> builder)
    {
        builder.ToTable("MdrSyncedIncidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.IncidentId).HasMaxLength(IncidentIdMaxLength).IsRequired();
        builder.Property(i => i.MdrTenantName).HasMaxLength(MdrTenantMapping.TenantNameMaxLength).IsRequired();
        builder.Property(i => i.Summary).HasMaxLength(MdrSyncedIncident.SummaryMaxLength).IsRequired();
        builder.Property(i => i.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.IncidentCreated).HasConversion(MdrValueConverters.Time);
        builder.Property(i => i.IncidentUpdated).HasConversion(MdrValueConverters.Time);
        builder.Property(i => i.FirstSeen).HasConversion(MdrValueConverters.Time);
        builder.Property(i => i.DueAt).HasConversion(MdrValueConverters.OptionalTime);
        builder.Property(i => i.TicketCreateStarted).HasConversion(MdrValueConverters.OptionalTime);
        builder.Property(i => i.LastAttempt).HasConversion(MdrValueConverters.OptionalTime);
        builder.Property(i => i.TicketNumber).HasMaxLength(TicketNumberMaxLength);
        builder.Property(i => i.LastError).HasMaxLength(MdrSyncedIncident.ErrorMaxLength);

        // one record (and so one ticket) per incident and connection
        builder.HasIndex(i => new { i.ConnectionId, i.IncidentId }).IsUnique();
        // the worker's due query and the page's newest-first list
        builder.HasIndex(i => new { i.ConnectionId, i.State, i.DueAt });
        builder.HasIndex(i => new { i.ConnectionId, i.IncidentUpdated });
        builder.HasOne<MdrConnection>().WithMany().HasForeignKey(i => i.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

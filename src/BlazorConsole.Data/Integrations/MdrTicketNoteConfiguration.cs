using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Integrations;

internal sealed class MdrTicketNoteConfiguration : IEntityTypeConfiguration<MdrTicketNote>
{
    public void Configure(EntityTypeBuilder<MdrTicketNote> builder)
    {
        builder.ToTable("MdrTicketNotes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.SourceId).HasMaxLength(MdrTicketNote.SourceIdMaxLength).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(NewAutotaskTicketNote.MaxTitleLength).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(NewAutotaskTicketNote.MaxDescriptionLength).IsRequired();
        builder.Property(n => n.SourceTime).HasConversion(MdrValueConverters.Time);
        builder.Property(n => n.SendStarted).HasConversion(MdrValueConverters.OptionalTime);

        // a change seen twice yields one note
        builder.HasIndex(n => new { n.SyncedIncidentId, n.SourceId }).IsUnique();
        builder.HasOne<MdrSyncedIncident>().WithMany().HasForeignKey(n => n.SyncedIncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

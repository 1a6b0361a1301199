using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Access;

internal sealed class AccessSettingsConfiguration : IEntityTypeConfiguration<AccessSettings>
{
    public void Configure(EntityTypeBuilder<AccessSettings> builder)
    {
        builder.ToTable("AccessSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}

using BlazorConsole.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Tenants;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    /// <summary>Shadow column holding the upper-cased name: unique, so names are unique in any case on every provider.</summary>
    public const string NameKey = "NameKey";

    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("Tenants");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(Tenant.NameMaxLength).IsRequired();
        builder.Property<string>(NameKey).HasMaxLength(Tenant.NameMaxLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(Tenant.DescriptionMaxLength);
        builder.Property(t => t.UserData).HasMaxLength(Tenant.UserDataMaxLength);
        builder.Property(t => t.PreferredViisAddress).HasMaxLength(Tenant.AddressMaxLength);
        builder.Property(t => t.VirtualServerId).HasMaxLength(Tenant.VirtualServerIdMaxLength);
        builder.Property(t => t.AdminUserName).HasMaxLength(Tenant.AdminNameMaxLength);
        builder.Property(t => t.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(NameKey).IsUnique();
        // filtered lists are ordered by name: the filter and the order come from one index
        builder.HasIndex(nameof(Tenant.Status), NameKey);
        builder.HasIndex(nameof(Tenant.Type), NameKey);
        builder.HasIndex(t => t.Created);
    }

    public static string KeyOf(string name) => name.Trim().ToUpperInvariant();
}

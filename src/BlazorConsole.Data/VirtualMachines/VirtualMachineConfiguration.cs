using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.VirtualMachines;

internal sealed class VirtualMachineConfiguration : IEntityTypeConfiguration<VirtualMachine>
{
    public void Configure(EntityTypeBuilder<VirtualMachine> builder)
    {
        builder.ToTable("VirtualMachines");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Name).HasMaxLength(VirtualMachine.NameMaxLength);
        builder.Property(v => v.UserData).HasMaxLength(VirtualMachine.UserDataMaxLength);
        builder.HasIndex(v => v.BiosId).IsUnique();
        builder.HasIndex(v => new { v.TenantId, v.Name });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

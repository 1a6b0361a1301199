using BlazorConsole.Core.Access;
using BlazorConsole.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Access;

internal sealed class AccountScopeConfiguration : IEntityTypeConfiguration<AccountScopeRow>
{
    public void Configure(EntityTypeBuilder<AccountScopeRow> builder)
    {
        builder.ToTable("AccountScopes");
        builder.HasKey(s => s.UserId);
        builder.HasOne<ConsoleUser>().WithOne().HasForeignKey<AccountScopeRow>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccountTenantConfiguration : IEntityTypeConfiguration<AccountTenantRow>
{
    public void Configure(EntityTypeBuilder<AccountTenantRow> builder)
    {
        builder.ToTable("AccountTenants");
        builder.HasKey(s => new { s.UserId, s.TenantId });
        builder.HasOne<ConsoleUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.TenantId);
    }
}

internal sealed class ApiConnectionConfiguration : IEntityTypeConfiguration<ApiConnection>
{
    public void Configure(EntityTypeBuilder<ApiConnection> builder)
    {
        builder.ToTable("ApiConnections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(ApiConnection.NameMaxLength).IsRequired();
        builder.Property(c => c.Role).HasMaxLength(32).IsRequired();
        builder.Property(c => c.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(c => c.RefreshTokenHash).HasMaxLength(64).IsRequired();
        builder.PrimitiveCollection(c => c.TenantIds);
        builder.Ignore(c => c.Scope);
        builder.HasIndex(c => c.RefreshTokenHash).IsUnique();
        builder.HasIndex(c => c.Created);
    }
}

internal sealed class ApiEndpointUseConfiguration : IEntityTypeConfiguration<ApiEndpointUseRow>
{
    public void Configure(EntityTypeBuilder<ApiEndpointUseRow> builder)
    {
        builder.ToTable("ApiEndpointUses");
        builder.HasKey(u => new { u.ConnectionId, u.Endpoint });
        builder.Property(u => u.Endpoint).HasMaxLength(ApiEndpointUseRow.EndpointMaxLength);
        builder.HasOne<ApiConnection>().WithMany().HasForeignKey(u => u.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.ToTable("SigningKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasMaxLength(64);
        builder.Property(k => k.ProtectedKey).HasMaxLength(2048).IsRequired();
        builder.HasIndex(k => k.AcceptedUntil);
    }
}

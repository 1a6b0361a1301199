using BlazorConsole.Core.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorConsole.Data.Tasks;

internal sealed class ConsoleTaskConfiguration : IEntityTypeConfiguration<ConsoleTask>
{
    public void Configure(EntityTypeBuilder<ConsoleTask> builder)
    {
        builder.ToTable("Tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Type).HasMaxLength(ConsoleTask.TypeMaxLength).IsRequired();
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Stage).HasMaxLength(ConsoleTask.StageMaxLength);
        builder.Property(t => t.ErrorCode).HasMaxLength(ConsoleTask.ErrorCodeMaxLength);
        builder.Property(t => t.ErrorMessage).HasMaxLength(ConsoleTask.ErrorMessageMaxLength);
        builder.Property(t => t.ClaimedBy).HasMaxLength(ConsoleTask.WorkerMaxLength);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);

        // the worker looks for Queued tasks oldest first; lists filter by creation time, type, parent, tenant
        builder.HasIndex(t => new { t.State, t.Created });
        builder.HasIndex(t => t.Created);
        builder.HasIndex(t => t.Type);
        builder.HasIndex(t => t.ParentId);
        builder.HasIndex(t => t.TenantId);
        builder.HasIndex(t => t.Changed);

        // recovery looks for active tasks whose lease has expired (their host died)
        builder.HasIndex(t => new { t.State, t.LeaseExpires });
    }
}

namespace BlazorConsole.Core.Tasks;

/// <summary>The task list filters of the REST API (<c>createdFrom</c>, <c>state</c>, <c>type</c>) and of the task centre.</summary>
public sealed record TaskQuery
{
    public DateTime? CreatedFrom { get; init; }

    public DateTime? CreatedTo { get; init; }

    public TaskState? State { get; init; }

    public string? Type { get; init; }

    public Guid? TenantId { get; init; }

    public Guid? ParentId { get; init; }

    /// <summary>Only tasks of these tenants (the principal's scope); null: every task, with or without a tenant.</summary>
    public IReadOnlyCollection<Guid>? TenantIds { get; init; }
}

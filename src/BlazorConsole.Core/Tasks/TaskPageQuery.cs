namespace BlazorConsole.Core.Tasks;

/// <summary>One page of the task centre: filters by state, type and creation time, newest first.</summary>
public sealed record TaskPageQuery
{
    /// <summary>The largest page the task centre asks for.</summary>
    public const int MaxTake = 100;

    public TaskState? State { get; init; }

    /// <summary>One of <see cref="TaskTypes"/>, or null for every type.</summary>
    public string? Type { get; init; }

    /// <summary>Created at or after this time (UTC).</summary>
    public DateTime? CreatedFrom { get; init; }

    /// <summary>Created before this time (UTC).</summary>
    public DateTime? CreatedTo { get; init; }

    /// <summary>Only tasks of these tenants (the caller's scope), or null for every task.</summary>
    public IReadOnlyCollection<Guid>? TenantIds { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 25;
}

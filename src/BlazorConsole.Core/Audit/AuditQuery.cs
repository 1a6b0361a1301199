namespace BlazorConsole.Core.Audit;

/// <summary>
/// Server-side filters of the audit log: actor, action and target match a part of the name (case-insensitive),
/// channel exactly; <see cref="From"/> inclusive, <see cref="To"/> exclusive (UTC). Newest first.
/// </summary>
public sealed record AuditQuery
{
    public const int MaxTake = 500;

    public string? Actor { get; init; }

    public string? Action { get; init; }

    public string? Target { get; init; }

    public string? Channel { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// A ticket to open. Company, title, status, priority, queue and due date are always sent (some categories demand
/// them); optional fields left null are not sent at all (Autotask refuses explicit nulls).
/// </summary>
public sealed record NewAutotaskTicket(
    long CompanyId,
    string Title,
    string? Description,
    int Status,
    int Priority,
    long QueueId,
    DateTimeOffset DueDateTime,
    int? IssueType = null,
    int? SubIssueType = null,
    int? TicketType = null,
    string? ExternalId = null)
{
    /// <summary>Longest title Autotask stores.</summary>
    public const int MaxTitleLength = 255;

    /// <summary>Longest description Autotask stores.</summary>
    public const int MaxDescriptionLength = 8000;
}

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>An Autotask ticket as read back.</summary>
/// <param name="TicketNumber">E.g. <c>T20250930.0256</c>.</param>
public sealed record AutotaskTicket(
    long Id,
    string TicketNumber,
    long CompanyId,
    string Title,
    string? Description,
    int Status,
    int Priority,
    long? QueueId,
    int? IssueType,
    int? SubIssueType,
    int? TicketType,
    DateTimeOffset? DueDateTime,
    DateTimeOffset? CreateDate,
    DateTimeOffset? LastActivityDate,
    DateTimeOffset? CompletedDate,
    string? ExternalId);

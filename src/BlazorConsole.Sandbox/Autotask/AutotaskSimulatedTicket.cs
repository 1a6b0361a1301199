namespace BlazorConsole.Sandbox.Autotask;

/// <summary>A ticket as the simulator holds it.</summary>
public sealed record AutotaskSimulatedTicket(
    long Id,
    string TicketNumber,
    long CompanyId,
    string Title,
    string? Description,
    int Status,
    int Priority,
    long? QueueId,
    DateTimeOffset? DueDateTime,
    DateTimeOffset CreateDate,
    DateTimeOffset LastActivityDate,
    DateTimeOffset? CompletedDate,
    string? CreatedBy);

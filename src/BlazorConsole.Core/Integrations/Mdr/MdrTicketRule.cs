namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// What happens to incidents of one severity. Ids are Autotask picklist values of the Tickets entity (queueID,
/// priority, status, issueType, subIssueType), chosen on the page from the integration's picklists.
/// </summary>
/// <param name="Priority">The incident severity the rule is for.</param>
/// <param name="CreateTicket">False: incidents of this severity are recorded but get no ticket.</param>
/// <param name="OnlyOpenIncidents">True: an incident first seen already Resolved or Closed gets no ticket.</param>
/// <param name="DueHours">The ticket is due this many hours after the incident was created in MDR.</param>
/// <param name="DelayMinutes">Wait this long after first seeing the incident before creating its ticket (an incident closed meanwhile gets none when <paramref name="OnlyOpenIncidents"/>).</param>
public sealed record MdrTicketRule(
    MdrPriority Priority,
    bool CreateTicket,
    long? QueueId,
    int? TicketPriority,
    int? TicketStatus,
    int? IssueType,
    int? SubIssueType,
    int DueHours,
    int DelayMinutes,
    bool OnlyOpenIncidents = true)
{
    public const int MaxDueHours = 24 * 90;
    public const int MaxDelayMinutes = 24 * 60;
}

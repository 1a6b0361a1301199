using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>One severity's rule while the administrator edits it (Autotask picklist values as numbers).</summary>
public sealed class MdrRuleForm
{
    public MdrPriority Priority { get; init; }

    public bool CreateTicket { get; set; }

    public long? QueueId { get; set; }

    public long? TicketPriority { get; set; }

    public long? TicketStatus { get; set; }

    public long? IssueType { get; set; }

    public long? SubIssueType { get; set; }

    public int DueHours { get; set; }

    public int DelayMinutes { get; set; }

    public bool OnlyOpenIncidents { get; set; } = true;

    public static MdrRuleForm From(MdrTicketRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new()
        {
            Priority = rule.Priority,
            CreateTicket = rule.CreateTicket,
            QueueId = rule.QueueId,
            TicketPriority = rule.TicketPriority,
            TicketStatus = rule.TicketStatus,
            IssueType = rule.IssueType,
            SubIssueType = rule.SubIssueType,
            DueHours = rule.DueHours,
            DelayMinutes = rule.DelayMinutes,
            OnlyOpenIncidents = rule.OnlyOpenIncidents,
        };
    }

    public MdrTicketRule ToRule() => new(
        Priority, CreateTicket, QueueId, ToInt(TicketPriority), ToInt(TicketStatus), ToInt(IssueType), ToInt(SubIssueType), DueHours, DelayMinutes, OnlyOpenIncidents);

    private static int? ToInt(long? value) => value is { } number ? checked((int)number) : null;
}

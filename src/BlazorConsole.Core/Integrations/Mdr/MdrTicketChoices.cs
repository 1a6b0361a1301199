using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>The Autotask Tickets picklists the rules choose from, read through the connection's integration.</summary>
public sealed record MdrTicketChoices(
    IReadOnlyList<AutotaskPicklistValue> Queues,
    IReadOnlyList<AutotaskPicklistValue> Priorities,
    IReadOnlyList<AutotaskPicklistValue> Statuses,
    IReadOnlyList<AutotaskPicklistValue> IssueTypes,
    IReadOnlyList<AutotaskPicklistValue> SubIssueTypes);

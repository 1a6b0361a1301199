namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// The ticketing rules of one MDR connection: one rule per severity, and what incident changes do to the ticket.
/// </summary>
/// <param name="Rules">Exactly one rule per <see cref="MdrPriority"/>.</param>
/// <param name="NotesForUpdates">New comments, responses and status changes become ticket notes.</param>
/// <param name="CompleteOnClose">A Closed (or Resolved, with <paramref name="CompleteOnResolve"/>) incident sets its ticket to <paramref name="CompletedStatus"/>.</param>
/// <param name="CompletedStatus">The Autotask ticket status meaning complete (5 in a default Autotask).</param>
public sealed record MdrTicketingSettings(
    IReadOnlyList<MdrTicketRule> Rules,
    bool NotesForUpdates,
    bool CompleteOnClose,
    bool CompleteOnResolve,
    int CompletedStatus)
{
    public const int DefaultCompletedStatus = 5;

    /// <summary>Nothing creates tickets until an administrator sets the rules (queues differ in every Autotask).</summary>
    public static MdrTicketingSettings Default { get; } = new(
        [
            new MdrTicketRule(MdrPriority.Low, false, null, null, null, null, null, 72, 0),
            new MdrTicketRule(MdrPriority.Normal, false, null, null, null, null, null, 24, 0),
            new MdrTicketRule(MdrPriority.High, false, null, null, null, null, null, 4, 0),
        ],
        NotesForUpdates: true,
        CompleteOnClose: true,
        CompleteOnResolve: false,
        CompletedStatus: DefaultCompletedStatus);

    public MdrTicketRule RuleFor(MdrPriority priority) => Rules.First(rule => rule.Priority == priority);
}

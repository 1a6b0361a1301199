using FluentValidation;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// The rules for the ticketing settings: exactly one rule per severity; a rule that creates tickets names a queue, a
/// priority and a status; due hours and delays within their limits; a completed status when tickets are completed.
/// </summary>
public sealed class MdrTicketingSettingsValidator : AbstractValidator<MdrTicketingSettings>
{
    public MdrTicketingSettingsValidator()
    {
        RuleFor(s => s.Rules)
            .NotNull()
            .WithErrorCode(MdrErrors.InvalidInputCode)
            .WithMessage("The ticketing settings need one rule per incident severity.")
            .Must(rules => rules is null || (rules.Count == Enum.GetValues<MdrPriority>().Length
                && Enum.GetValues<MdrPriority>().All(p => rules.Count(r => r?.Priority == p) == 1)))
            .WithErrorCode(MdrErrors.InvalidInputCode)
            .WithMessage("There must be exactly one rule for each incident severity (Low, Normal, High).");

        RuleForEach(s => s.Rules).ChildRules(rule =>
        {
            rule.RuleFor(r => r.QueueId)
                .NotNull().When(r => r.CreateTicket)
                .WithErrorCode(MdrErrors.InvalidInputCode)
                .WithMessage(r => $"Choose the Autotask queue for {r.Priority} incidents.");
            rule.RuleFor(r => r.TicketPriority)
                .NotNull().When(r => r.CreateTicket)
                .WithErrorCode(MdrErrors.InvalidInputCode)
                .WithMessage(r => $"Choose the ticket priority for {r.Priority} incidents.");
            rule.RuleFor(r => r.TicketStatus)
                .NotNull().When(r => r.CreateTicket)
                .WithErrorCode(MdrErrors.InvalidInputCode)
                .WithMessage(r => $"Choose the ticket status for {r.Priority} incidents.");
            rule.RuleFor(r => r.DueHours)
                .InclusiveBetween(1, MdrTicketRule.MaxDueHours)
                .WithErrorCode(MdrErrors.InvalidInputCode)
                .WithMessage(r => $"The due time of {r.Priority} incidents must be between 1 and {MdrTicketRule.MaxDueHours} hours.");
            rule.RuleFor(r => r.DelayMinutes)
                .InclusiveBetween(0, MdrTicketRule.MaxDelayMinutes)
                .WithErrorCode(MdrErrors.InvalidInputCode)
                .WithMessage(r => $"The delay of {r.Priority} incidents must be between 0 and {MdrTicketRule.MaxDelayMinutes} minutes.");
        }).When(s => s.Rules is not null);

        RuleFor(s => s.CompletedStatus)
            .GreaterThan(0)
            .When(s => s.CompleteOnClose || s.CompleteOnResolve)
            .WithErrorCode(MdrErrors.InvalidInputCode)
            .WithMessage("Choose the Autotask status that completes a ticket.");
    }
}

using BlazorConsole.Clients.Autotask.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Clients.Autotask;

internal sealed partial class AutotaskClient
{
    public async Task<Result<long>> CreateTicketAsync(NewAutotaskTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (CheckTicket(ticket) is { } invalid)
        {
            return invalid;
        }

        var body = new NewTicketDto(
            ticket.CompanyId, ticket.Title.Trim(), ticket.Description, ticket.Status, ticket.Priority, ticket.QueueId,
            Stamp(ticket.DueDateTime), ticket.IssueType, ticket.SubIssueType, ticket.TicketType, ticket.ExternalId);
        var created = await channel.SendAsync<ItemIdDto>(HttpMethod.Post, AutotaskEntities.Tickets, body, write: true, "The ticket", cancellationToken);
        return created.IsSuccess ? created.Value.ItemId : created.Error;
    }

    public async Task<Result<AutotaskTicket>> GetTicketAsync(long id, CancellationToken cancellationToken)
    {
        if (id <= 0)
        {
            return AutotaskErrors.InvalidInput("A ticket id is a positive number.");
        }

        var what = Invariant($"Ticket {id}");
        var read = await channel.SendAsync<ItemDto<TicketDto>>(HttpMethod.Get, Invariant($"Tickets/{id}"), null, write: false, what, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        return read.Value.Item is { } dto ? ToTicket(dto) : AutotaskErrors.NotFound(what);
    }

    public async Task<Result<IReadOnlyList<AutotaskTicket>>> QueryTicketsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) =>
        Map(await QueryAllAsync<TicketDto>(AutotaskEntities.Tickets, filter, cancellationToken), ToTicket);

    private static AutotaskTicket ToTicket(TicketDto dto) => new(
        dto.Id, dto.TicketNumber ?? string.Empty, dto.CompanyID, dto.Title ?? string.Empty, dto.Description, dto.Status, dto.Priority,
        dto.QueueID, dto.IssueType, dto.SubIssueType, dto.TicketType, dto.DueDateTime, dto.CreateDate, dto.LastActivityDate, dto.CompletedDate, dto.ExternalID);

    public async Task<Result> UpdateTicketStatusAsync(long ticketId, int status, CancellationToken cancellationToken)
    {
        if (ticketId <= 0 || status <= 0)
        {
            return AutotaskErrors.InvalidInput("A ticket id and a status id are positive numbers.");
        }

        var sent = await channel.SendAsync<ItemIdDto>(HttpMethod.Patch, AutotaskEntities.Tickets, new TicketStatusDto(ticketId, status), write: true, Invariant($"Ticket {ticketId}"), cancellationToken);
        return sent.IsSuccess ? Result.Success() : sent.Error;
    }

    public async Task<Result<long>> CreateTicketNoteAsync(NewAutotaskTicketNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.TicketId <= 0 || string.IsNullOrWhiteSpace(note.Description) || note.Description.Length > NewAutotaskTicketNote.MaxDescriptionLength
            || (note.Title?.Length ?? 0) > NewAutotaskTicketNote.MaxTitleLength || note.NoteType <= 0 || note.Publish <= 0)
        {
            return AutotaskErrors.InvalidInput(
                $"A ticket note needs a ticket, a description of at most {NewAutotaskTicketNote.MaxDescriptionLength} characters, a title of at most {NewAutotaskTicketNote.MaxTitleLength}, a note type and a publish value.");
        }

        var body = new NewTicketNoteDto(note.TicketId, note.Title ?? string.Empty, note.Description, note.NoteType, note.Publish);
        var created = await channel.SendAsync<ItemIdDto>(HttpMethod.Post, Invariant($"Tickets/{note.TicketId}/Notes"), body, write: true, Invariant($"Ticket {note.TicketId}"), cancellationToken);
        return created.IsSuccess ? created.Value.ItemId : created.Error;
    }

    public async Task<Result<IReadOnlyList<AutotaskTicketNote>>> QueryTicketNotesAsync(long ticketId, CancellationToken cancellationToken)
    {
        if (ticketId <= 0)
        {
            return AutotaskErrors.InvalidInput("A ticket id is a positive number.");
        }

        return Map(
            await QueryAllAsync<TicketNoteDto>(AutotaskEntities.TicketNotes, [AutotaskFilter.Eq("ticketID", ticketId)], cancellationToken),
            dto => new AutotaskTicketNote(dto.Id, dto.TicketID, dto.Title, dto.Description ?? string.Empty, dto.NoteType, dto.Publish, dto.CreateDateTime));
    }

    private static Error? CheckTicket(NewAutotaskTicket ticket)
    {
        if (ticket.CompanyId < 0)
        {
            return AutotaskErrors.InvalidInput("A ticket needs a company.");
        }

        if (string.IsNullOrWhiteSpace(ticket.Title) || ticket.Title.Length > NewAutotaskTicket.MaxTitleLength)
        {
            return AutotaskErrors.InvalidInput($"A ticket title is 1 to {NewAutotaskTicket.MaxTitleLength} characters.");
        }

        if ((ticket.Description?.Length ?? 0) > NewAutotaskTicket.MaxDescriptionLength)
        {
            return AutotaskErrors.InvalidInput($"A ticket description is at most {NewAutotaskTicket.MaxDescriptionLength} characters.");
        }

        return ticket.Status <= 0 || ticket.Priority <= 0 || ticket.QueueId <= 0
            ? AutotaskErrors.InvalidInput("A ticket needs a status, a priority and a queue.")
            : null;
    }
}

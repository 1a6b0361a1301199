using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// The Autotask stage of a pass: unmapped records whose tenant is now mapped become due; due records get their ticket
/// (found by external id when an earlier send may have reached Autotask), their pending notes (found by title marker
/// likewise) and their completion. Nothing is written while the integration's API budget is paused.
/// </summary>
public sealed partial class MdrSyncEngine
{
    private async Task DoDueWorkAsync(Pass pass, CancellationToken cancellationToken)
    {
        var connection = pass.Connection;
        var now = time.GetUtcNow();
        var unmapped = await incidents.ListByStateAsync(connection.Id, MdrIncidentSyncState.Unmapped, MaxDuePerPass, cancellationToken);
        foreach (var tenant in unmapped.Select(i => i.MdrTenantName).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await CompanyOfAsync(pass, tenant, cancellationToken) is not null)
            {
                await incidents.MakeUnmappedDueAsync(connection.Id, tenant, now, cancellationToken);
            }
        }

        var due = await incidents.ListDueAsync(connection.Id, now, MaxDuePerPass, cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var connected = await integrations.ConnectAsync(connection.IntegrationId, cancellationToken);
        if (!connected.IsSuccess)
        {
            // the integration cannot be used now: everything stays due for the next pass
            pass.Failures++;
            return;
        }

        var work = new Work(connected.Value.Client, connected.Value.Integration.UserName);
        foreach (var record in due)
        {
            if (Paused(work))
            {
                return;
            }

            var done = await ProcessAsync(pass, work, record, cancellationToken);
            if (!done.IsSuccess)
            {
                await FailAsync(pass, record, done.Error, cancellationToken);
            }
        }
    }

    private async Task<Result> ProcessAsync(Pass pass, Work work, MdrSyncedIncident record, CancellationToken cancellationToken)
    {
        var connection = pass.Connection;
        var retried = record.State == MdrIncidentSyncState.Failed;
        if (record.TicketId is null)
        {
            var ticketed = await TicketAsync(pass, work, record, cancellationToken);
            if (!ticketed.IsSuccess || !ticketed.Value)
            {
                return ticketed.IsSuccess ? Result.Success() : ticketed.Error;
            }

            retried = true;
        }

        if (connection.Ticketing.NotesForUpdates && retried)
        {
            // a new ticket gets the thread so far; a retry catches what an earlier failure may have missed
            var recorded = await RecordNotesAsync(pass, record, cancellationToken);
            if (!recorded.IsSuccess)
            {
                return recorded.Error;
            }
        }

        var sent = await SendNotesAsync(pass, work, record, cancellationToken);
        if (!sent.IsSuccess || !sent.Value)
        {
            return sent.IsSuccess ? Result.Success() : sent.Error;
        }

        if (CompletionDue(connection, record))
        {
            if (Paused(work))
            {
                return Result.Success();
            }

            var completed = await work.Autotask.UpdateTicketStatusAsync(record.TicketId!.Value, connection.Ticketing.CompletedStatus, cancellationToken);
            if (!completed.IsSuccess)
            {
                return completed.Error;
            }

            record.State = MdrIncidentSyncState.Completed;
            pass.TicketsCompleted++;
        }
        else if (record.State != MdrIncidentSyncState.Completed)
        {
            record.State = MdrIncidentSyncState.Ticketed;
        }

        record.DueAt = null;
        record.Attempts = 0;
        record.LastError = null;
        record.LastAttempt = time.GetUtcNow();
        await incidents.UpdateAsync(record, cancellationToken);
        return Result.Success();
    }

    /// <summary>Creates or adopts the ticket; false when the record needs none now (skipped, unmapped, budget paused).</summary>
    private async Task<Result<bool>> TicketAsync(Pass pass, Work work, MdrSyncedIncident record, CancellationToken cancellationToken)
    {
        var connection = pass.Connection;
        var read = await keeper.CallAsync(connection.Id, (endpoint, access, ct) => client.GetIncidentAsync(endpoint, access, record.IncidentId, ct), cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var incident = read.Value;
        record.Status = incident.Status;
        record.Priority = incident.Priority;
        var rule = connection.Ticketing.RuleFor(incident.Priority);
        if (!TicketWanted(rule, incident.Status))
        {
            return await SettleAsync(record, MdrIncidentSyncState.Skipped, cancellationToken);
        }

        var companyId = await CompanyOfAsync(pass, incident.TenantName, cancellationToken);
        if (companyId is null)
        {
            return await SettleAsync(record, MdrIncidentSyncState.Unmapped, cancellationToken);
        }

        var ticket = MdrTicketContent.Ticket(incident, rule, companyId.Value);
        long? ticketId = null;
        string? number = null;
        if (record.TicketCreateStarted is not null)
        {
            // an earlier send may have reached Autotask: look before creating again
            var found = await work.Autotask.QueryTicketsAsync([AutotaskFilter.Eq("externalID", ticket.ExternalId!)], cancellationToken);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            if (found.Value.Count > 0)
            {
                ticketId = found.Value[0].Id;
                number = found.Value[0].TicketNumber;
            }
        }

        if (ticketId is null)
        {
            if (Paused(work))
            {
                return false;
            }

            record.TicketCreateStarted = time.GetUtcNow();
            record.CompanyId = companyId;
            await incidents.UpdateAsync(record, cancellationToken);
            var created = await work.Autotask.CreateTicketAsync(ticket, cancellationToken);
            if (!created.IsSuccess)
            {
                return created.Error;
            }

            ticketId = created.Value;
            pass.TicketsCreated++;
            var readBack = await work.Autotask.GetTicketAsync(ticketId.Value, cancellationToken);
            number = readBack.IsSuccess ? readBack.Value.TicketNumber : null;
        }

        record.TicketId = ticketId;
        record.TicketNumber = number;
        record.CompanyId = companyId;
        record.State = MdrIncidentSyncState.Ticketed;
        await incidents.UpdateAsync(record, cancellationToken);
        return true;
    }

    /// <summary>Sends the pending notes; false when the budget paused before all were sent.</summary>
    private async Task<Result<bool>> SendNotesAsync(Pass pass, Work work, MdrSyncedIncident record, CancellationToken cancellationToken)
    {
        var ticketId = record.TicketId!.Value;
        IReadOnlyList<AutotaskTicketNote>? onTicket = null;
        foreach (var note in await incidents.ListPendingNotesAsync(record.Id, cancellationToken))
        {
            if (note.SendStarted is not null)
            {
                if (onTicket is null)
                {
                    var read = await work.Autotask.QueryTicketNotesAsync(ticketId, cancellationToken);
                    if (!read.IsSuccess)
                    {
                        return read.Error;
                    }

                    onTicket = read.Value;
                }

                var marker = MdrTicketContent.MarkerOf(note.SourceId);
                if (onTicket.FirstOrDefault(n => n.Title?.StartsWith(marker, StringComparison.Ordinal) == true) is { } found)
                {
                    note.NoteId = found.Id;
                    await incidents.UpdateNoteAsync(note, cancellationToken);
                    continue;
                }
            }

            if (Paused(work))
            {
                return false;
            }

            note.SendStarted = time.GetUtcNow();
            await incidents.UpdateNoteAsync(note, cancellationToken);
            var created = await work.Autotask.CreateTicketNoteAsync(new NewAutotaskTicketNote(ticketId, note.Title, note.Text), cancellationToken);
            if (!created.IsSuccess)
            {
                return created.Error;
            }

            note.NoteId = created.Value;
            await incidents.UpdateNoteAsync(note, cancellationToken);
            pass.NotesAdded++;
        }

        return true;
    }

    private async Task<Result<bool>> SettleAsync(MdrSyncedIncident record, MdrIncidentSyncState state, CancellationToken cancellationToken)
    {
        record.State = state;
        record.DueAt = null;
        record.Attempts = 0;
        record.LastError = null;
        await incidents.UpdateAsync(record, cancellationToken);
        return false;
    }

    private async Task FailAsync(Pass pass, MdrSyncedIncident record, Error error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        record.State = MdrIncidentSyncState.Failed;
        record.Attempts++;
        record.LastError = MdrTicketContent.Cut($"{error.Code}: {error.Message}", MdrSyncedIncident.ErrorMaxLength);
        record.LastAttempt = now;
        record.DueAt = now + BackoffAfter(record.Attempts);
        await incidents.UpdateAsync(record, cancellationToken);
        pass.Failures++;
    }

    private bool Paused(Work work) => connector.GetUsage(work.UserName).State == AutotaskBudgetState.Paused;

    /// <summary>The Autotask client of the pass and the API user whose budget it spends.</summary>
    private sealed record Work(IAutotaskClient Autotask, string UserName);
}

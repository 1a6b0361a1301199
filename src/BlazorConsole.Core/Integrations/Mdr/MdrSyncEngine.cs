using System.Collections.Concurrent;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// One synchronisation pass of an MDR connection: polls the incidents updated since the cursor (page by page, the
/// cursor saved after each page), records them by the ticketing rules, then does the due Autotask work (tickets,
/// notes, completion; <c>MdrSyncEngine.Tickets.cs</c>). Never two passes at once for a connection in this process;
/// every write is idempotent, so passes on two nodes do not duplicate tickets or notes. Register it once (singleton).
/// </summary>
public sealed partial class MdrSyncEngine(
    IMdrConnectionStore connections,
    IMdrTenantMappingStore mappings,
    IMdrIncidentStore incidents,
    IMdrClient client,
    MdrTokenKeeper keeper,
    ICompanyMappingStore companyMappings,
    AutotaskIntegrationService integrations,
    IAutotaskConnector connector,
    TimeProvider time)
{
    /// <summary>Most incident pages one pass reads (the rest are read by the next pass, from the saved cursor).</summary>
    public const int MaxPagesPerPass = 20;

    /// <summary>Most records one pass does Autotask work for.</summary>
    public const int MaxDuePerPass = 200;

    /// <summary>The longest wait between retries of a failed record.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(60);

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _running = new();

    /// <summary>Runs one pass; waits when a pass of the same connection is running.</summary>
    public async Task<Result<MdrSyncOutcome>> RunAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var gate = _running.GetOrAdd(connectionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var connection = await connections.GetAsync(connectionId, cancellationToken);
            if (connection is null)
            {
                return MdrErrors.ConnectionNotFound();
            }

            var pass = new Pass(connection);
            var polled = await PollAsync(pass, cancellationToken);
            if (!polled.IsSuccess)
            {
                return polled.Error;
            }

            await DoDueWorkAsync(pass, cancellationToken);
            await connections.SetLastSyncAsync(connectionId, time.GetUtcNow(), cancellationToken);
            return new MdrSyncOutcome(pass.IncidentsRead, pass.TicketsCreated, pass.NotesAdded, pass.TicketsCompleted, pass.Failures);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The delay before retry number <paramref name="attempts"/>: 1, 2, 4 … minutes, at most <see cref="MaxBackoff"/>.</summary>
    public static TimeSpan BackoffAfter(int attempts) =>
        attempts >= 7 ? MaxBackoff : TimeSpan.FromMinutes(Math.Min(MaxBackoff.TotalMinutes, 1 << Math.Max(0, attempts - 1)));

    private async Task<Result> PollAsync(Pass pass, CancellationToken cancellationToken)
    {
        var connection = pass.Connection;
        var since = connection.Cursor?.AddMilliseconds(1);
        for (var page = 1; page <= MaxPagesPerPass; page++)
        {
            var query = new MdrIncidentQuery(since, page, MdrIncidentQuery.DefaultPageSize);
            var listed = await keeper.CallAsync(connection.Id, (endpoint, access, ct) => client.ListIncidentsAsync(endpoint, access, query, ct), cancellationToken);
            if (!listed.IsSuccess)
            {
                return listed.Error;
            }

            foreach (var incident in listed.Value)
            {
                var recorded = await RecordAsync(pass, incident, cancellationToken);
                if (!recorded.IsSuccess)
                {
                    // the cursor stays before this page: it is read again at the next pass
                    return recorded;
                }
            }

            pass.IncidentsRead += listed.Value.Count;
            if (listed.Value.Count > 0)
            {
                var newest = listed.Value.Max(i => i.UpdateTime);
                if (connection.Cursor is null || newest > connection.Cursor)
                {
                    await connections.SetCursorAsync(connection.Id, newest, cancellationToken);
                    connection.Cursor = newest;
                }
            }

            if (listed.Value.Count < query.PageSize)
            {
                break;
            }
        }

        return Result.Success();
    }

    private async Task<Result> RecordAsync(Pass pass, MdrIncident incident, CancellationToken cancellationToken)
    {
        var connection = pass.Connection;
        var record = await incidents.FindAsync(connection.Id, incident.IncidentId, cancellationToken);
        if (record is null)
        {
            var created = await FirstSeenAsync(pass, incident, cancellationToken);
            if (await incidents.AddAsync(created, cancellationToken))
            {
                return Result.Success();
            }

            // another pass recorded it first
            record = await incidents.FindAsync(connection.Id, incident.IncidentId, cancellationToken);
            if (record is null)
            {
                return Result.Success();
            }
        }

        var previous = record.Status;
        if (incident.UpdateTime <= record.IncidentUpdated && previous == incident.Status)
        {
            return Result.Success();
        }

        record.Summary = MdrTicketContent.Cut(incident.Summary, MdrSyncedIncident.SummaryMaxLength);
        record.Priority = incident.Priority;
        record.Status = incident.Status;
        record.IncidentUpdated = incident.UpdateTime;
        record.MdrTenantName = MdrTicketContent.Cut(incident.TenantName, MdrTenantMapping.TenantNameMaxLength);
        if (record.TicketId is not null)
        {
            var added = 0;
            if (connection.Ticketing.NotesForUpdates)
            {
                var notes = await RecordNotesAsync(pass, record, cancellationToken);
                if (!notes.IsSuccess)
                {
                    return notes.Error;
                }

                added = notes.Value;
                if (previous != incident.Status && await incidents.AddNoteAsync(MdrTicketContent.StatusNote(record.Id, incident, previous), cancellationToken))
                {
                    added++;
                }
            }

            if ((added > 0 || CompletionDue(connection, record)) && record.State != MdrIncidentSyncState.Failed)
            {
                record.DueAt = time.GetUtcNow();
            }
        }

        await incidents.UpdateAsync(record, cancellationToken);
        return Result.Success();
    }

    private async Task<MdrSyncedIncident> FirstSeenAsync(Pass pass, MdrIncident incident, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rule = pass.Connection.Ticketing.RuleFor(incident.Priority);
        var record = new MdrSyncedIncident
        {
            Id = Guid.NewGuid(),
            ConnectionId = pass.Connection.Id,
            IncidentId = incident.IncidentId,
            MdrTenantName = MdrTicketContent.Cut(incident.TenantName, MdrTenantMapping.TenantNameMaxLength),
            Summary = MdrTicketContent.Cut(incident.Summary, MdrSyncedIncident.SummaryMaxLength),
            Priority = incident.Priority,
            Status = incident.Status,
            IncidentCreated = incident.CreationTime,
            IncidentUpdated = incident.UpdateTime,
            FirstSeen = now,
        };
        if (!TicketWanted(rule, incident.Status))
        {
            record.State = MdrIncidentSyncState.Skipped;
        }
        else if (await CompanyOfAsync(pass, incident.TenantName, cancellationToken) is null)
        {
            record.State = MdrIncidentSyncState.Unmapped;
        }
        else
        {
            record.State = MdrIncidentSyncState.Pending;
            record.DueAt = now.AddMinutes(rule.DelayMinutes);
        }

        return record;
    }

    /// <summary>Records notes for the incident's comments (not the connection's own) and responses; how many were new.</summary>
    private async Task<Result<int>> RecordNotesAsync(Pass pass, MdrSyncedIncident record, CancellationToken cancellationToken)
    {
        var connection = pass.Connection;
        var comments = await keeper.CallAsync(connection.Id, (endpoint, access, ct) => client.ListCommentsAsync(endpoint, access, record.IncidentId, ct), cancellationToken);
        if (!comments.IsSuccess)
        {
            return comments.Error;
        }

        var responses = await keeper.CallAsync(connection.Id, (endpoint, access, ct) => client.ListResponsesAsync(endpoint, access, record.IncidentId, ct), cancellationToken);
        if (!responses.IsSuccess)
        {
            return responses.Error;
        }

        var known = await incidents.ListNoteSourcesAsync(record.Id, cancellationToken);
        var added = 0;
        var notes = comments.Value
            .Where(c => !string.Equals(c.AuthorName, connection.ConnectionName, StringComparison.OrdinalIgnoreCase))
            .Select(c => MdrTicketContent.CommentNote(record.Id, c))
            .Concat(responses.Value.Select(r => MdrTicketContent.ResponseNote(record.Id, r)))
            .OrderBy(n => n.SourceTime);
        foreach (var note in notes)
        {
            if (!known.Contains(note.SourceId) && await incidents.AddNoteAsync(note, cancellationToken))
            {
                added++;
            }
        }

        return added;
    }

    private static bool TicketWanted(MdrTicketRule rule, MdrIncidentStatus status) =>
        rule.CreateTicket && !(rule.OnlyOpenIncidents && IsDone(status));

    private static bool IsDone(MdrIncidentStatus status) => status is MdrIncidentStatus.Resolved or MdrIncidentStatus.Closed;

    private static bool CompletionDue(MdrConnection connection, MdrSyncedIncident record) =>
        record.State != MdrIncidentSyncState.Completed
        && connection.Ticketing.CompleteOnClose
        && (record.Status == MdrIncidentStatus.Closed || (record.Status == MdrIncidentStatus.Resolved && connection.Ticketing.CompleteOnResolve));

    /// <summary>The Autotask company that gets the MDR tenant's tickets: its console tenant's company; null when either is unmapped.</summary>
    private async Task<long?> CompanyOfAsync(Pass pass, string mdrTenantName, CancellationToken cancellationToken)
    {
        var mapping = await mappings.FindAsync(pass.Connection.Id, mdrTenantName, cancellationToken);
        if (mapping is null)
        {
            return null;
        }

        pass.Companies ??= await companyMappings.ListAsync(pass.Connection.IntegrationId, cancellationToken);
        return pass.Companies.FirstOrDefault(c => c.TenantId == mapping.TenantId)?.CompanyId;
    }

    /// <summary>What one pass did so far, and what it read once.</summary>
    private sealed class Pass(MdrConnection connection)
    {
        public MdrConnection Connection { get; } = connection;

        public IReadOnlyList<CompanyMapping>? Companies { get; set; }

        public int IncidentsRead { get; set; }

        public int TicketsCreated { get; set; }

        public int NotesAdded { get; set; }

        public int TicketsCompleted { get; set; }

        public int Failures { get; set; }
    }
}

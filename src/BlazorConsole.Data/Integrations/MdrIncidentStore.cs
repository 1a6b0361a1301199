using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Integrations;

/// <summary>The synced incidents and their notes; the unique indexes turn a second recording of the same thing into a no-op.</summary>
internal sealed class MdrIncidentStore(IDbContextFactory<ConsoleDbContext> factory) : IMdrIncidentStore
{
    private static readonly MdrIncidentSyncState[] DueStates =
        [MdrIncidentSyncState.Pending, MdrIncidentSyncState.Ticketed, MdrIncidentSyncState.Completed, MdrIncidentSyncState.Failed];

    public async Task<MdrSyncedIncident?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrSyncedIncidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    public async Task<MdrSyncedIncident?> FindAsync(Guid connectionId, string incidentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrSyncedIncidents.AsNoTracking().FirstOrDefaultAsync(i => i.ConnectionId == connectionId && i.IncidentId == incidentId, cancellationToken);
    }

    public async Task<bool> AddAsync(MdrSyncedIncident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.MdrSyncedIncidents.Add(incident);
        return await UniqueViolation.TrySaveAsync(db, cancellationToken);
    }

    public async Task<bool> UpdateAsync(MdrSyncedIncident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.MdrSyncedIncidents.AnyAsync(i => i.Id == incident.Id, cancellationToken))
        {
            return false;
        }

        db.MdrSyncedIncidents.Update(incident);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<MdrSyncedIncident>> ListDueAsync(Guid connectionId, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrSyncedIncidents.AsNoTracking()
            .Where(i => i.ConnectionId == connectionId && DueStates.Contains(i.State) && i.DueAt != null && i.DueAt <= now)
            .OrderBy(i => i.DueAt)
            .Take(max)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MdrSyncedIncident>> ListByStateAsync(Guid connectionId, MdrIncidentSyncState state, int max, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrSyncedIncidents.AsNoTracking()
            .Where(i => i.ConnectionId == connectionId && i.State == state)
            .OrderBy(i => i.FirstSeen)
            .Take(max)
            .ToListAsync(cancellationToken);
    }

    public async Task<int> MakeDueAsync(Guid connectionId, Guid? id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (id is null)
        {
            return await db.MdrSyncedIncidents
                .Where(i => i.ConnectionId == connectionId && i.State == MdrIncidentSyncState.Failed)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.DueAt, now), cancellationToken);
        }

        var failed = await db.MdrSyncedIncidents
            .Where(i => i.ConnectionId == connectionId && i.Id == id && i.State == MdrIncidentSyncState.Failed)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.DueAt, now), cancellationToken);
        var unmapped = await db.MdrSyncedIncidents
            .Where(i => i.ConnectionId == connectionId && i.Id == id && i.State == MdrIncidentSyncState.Unmapped)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.State, MdrIncidentSyncState.Pending).SetProperty(i => i.DueAt, now), cancellationToken);
        return failed + unmapped;
    }

    public async Task<int> MakeUnmappedDueAsync(Guid connectionId, string mdrTenantName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mdrTenantName);
        var key = MdrTenantMappingConfiguration.KeyOf(mdrTenantName);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // names compared as the mapping keys are (upper invariant in .NET): SQLite's UPPER() knows only ASCII
        var unmapped = await db.MdrSyncedIncidents.AsNoTracking()
            .Where(i => i.ConnectionId == connectionId && i.State == MdrIncidentSyncState.Unmapped)
            .Select(i => new { i.Id, i.MdrTenantName })
            .ToListAsync(cancellationToken);
        var ids = unmapped.Where(i => MdrTenantMappingConfiguration.KeyOf(i.MdrTenantName) == key).Select(i => i.Id).ToList();
        if (ids.Count == 0)
        {
            return 0;
        }

        return await db.MdrSyncedIncidents
            .Where(i => ids.Contains(i.Id) && i.State == MdrIncidentSyncState.Unmapped)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.State, MdrIncidentSyncState.Pending).SetProperty(i => i.DueAt, now), cancellationToken);
    }

    public async Task<int> MakeSkippedDueAsync(Guid connectionId, IReadOnlyCollection<MdrPriority> priorities, bool openOnly, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        if (priorities.Count == 0)
        {
            return 0;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var skipped = db.MdrSyncedIncidents.Where(i => i.ConnectionId == connectionId && i.State == MdrIncidentSyncState.Skipped && priorities.Contains(i.Priority));
        if (openOnly)
        {
            skipped = skipped.Where(i => i.Status == MdrIncidentStatus.Open || i.Status == MdrIncidentStatus.OnHold);
        }

        return await skipped.ExecuteUpdateAsync(set => set.SetProperty(i => i.State, MdrIncidentSyncState.Pending).SetProperty(i => i.DueAt, now), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListTenantNamesAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrSyncedIncidents.AsNoTracking()
            .Where(i => i.ConnectionId == connectionId)
            .Select(i => i.MdrTenantName)
            .Distinct()
            .OrderBy(n => n)
            .ToListAsync(cancellationToken);
    }

    public async Task<Page<MdrSyncedIncidentView>> ListAsync(Guid connectionId, MdrIncidentFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = db.MdrSyncedIncidents.AsNoTracking().Where(i => i.ConnectionId == connectionId);
        if (filter.State is { } state)
        {
            rows = rows.Where(i => i.State == state);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var key = filter.Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL UPPER(), not run in .NET
            rows = rows.Where(i => i.IncidentId.ToUpper().Contains(key) || i.Summary.ToUpper().Contains(key) || i.MdrTenantName.ToUpper().Contains(key));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var size = Math.Max(1, filter.PageSize);
        var items = await rows
            .OrderByDescending(i => i.IncidentUpdated)
            .ThenBy(i => i.IncidentId)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(i => new
            {
                Incident = i,
                NotesSent = db.MdrTicketNotes.Count(n => n.SyncedIncidentId == i.Id && n.NoteId != null),
                NotesPending = db.MdrTicketNotes.Count(n => n.SyncedIncidentId == i.Id && n.NoteId == null),
            })
            .ToListAsync(cancellationToken);

        // the console tenant of each MDR tenant: a connection maps few tenants, so they are read once and matched here
        var tenants = await db.MdrTenantMappings.AsNoTracking()
            .Where(m => m.ConnectionId == connectionId)
            .Join(db.Tenants, m => m.TenantId, t => t.Id, (m, t) => new { m.MdrTenantName, t.Name })
            .ToListAsync(cancellationToken);
        var tenantOf = tenants.ToDictionary(t => MdrTenantMappingConfiguration.KeyOf(t.MdrTenantName), t => t.Name);
        var views = items.Select(row =>
        {
            var i = row.Incident;
            return new MdrSyncedIncidentView(
                i.Id, i.IncidentId, i.MdrTenantName, tenantOf.GetValueOrDefault(MdrTenantMappingConfiguration.KeyOf(i.MdrTenantName)), i.Summary, i.Priority, i.Status, i.State,
                i.TicketId, i.TicketNumber, i.CompanyId, i.IncidentUpdated, i.FirstSeen, i.DueAt, i.Attempts, i.LastError, row.NotesSent, row.NotesPending);
        }).ToList();
        return new Page<MdrSyncedIncidentView>(views, total);
    }

    public async Task<bool> AddNoteAsync(MdrTicketNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.MdrTicketNotes.Add(note);
        return await UniqueViolation.TrySaveAsync(db, cancellationToken);
    }

    public async Task<IReadOnlyList<MdrTicketNote>> ListPendingNotesAsync(Guid syncedIncidentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrTicketNotes.AsNoTracking()
            .Where(n => n.SyncedIncidentId == syncedIncidentId && n.NoteId == null)
            .OrderBy(n => n.SourceTime)
            .ThenBy(n => n.SourceId)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlySet<string>> ListNoteSourcesAsync(Guid syncedIncidentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var sources = await db.MdrTicketNotes.AsNoTracking().Where(n => n.SyncedIncidentId == syncedIncidentId).Select(n => n.SourceId).ToListAsync(cancellationToken);
        return sources.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> UpdateNoteAsync(MdrTicketNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrTicketNotes.Where(n => n.Id == note.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.SendStarted, note.SendStarted).SetProperty(n => n.NoteId, note.NoteId), cancellationToken) > 0;
    }
}

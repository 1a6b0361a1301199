using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Core.Tests.Integrations.Mdr;

/// <summary>
/// The MDR stores in memory with the database's guarantees: unique connection per integration, guarded token writes and
/// claims, unique incident records and notes. Everything handed out is a copy.
/// </summary>
internal sealed class FakeMdrStores : IMdrConnectionStore, IMdrTenantMappingStore, IMdrIncidentStore
{
    private readonly Lock _lock = new();

    public Dictionary<Guid, MdrConnection> Connections { get; } = [];

    public Dictionary<Guid, DateTimeOffset?> Claims { get; } = [];

    public List<MdrTenantMapping> Mappings { get; } = [];

    public List<MdrSyncedIncident> Incidents { get; } = [];

    public List<MdrTicketNote> Notes { get; } = [];

    public List<DateTimeOffset> Cursors { get; } = [];

    /// <summary>Token saves throw (the database is gone) while true.</summary>
    public bool FailTokenSaves { get; set; }

    public Func<Guid, string, string?>? TenantNames { get; set; }

    public Task<MdrConnection?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Connections.TryGetValue(id, out var row) ? Copy(row) : null);
        }
    }

    public Task<MdrConnection?> GetByIntegrationAsync(Guid integrationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Connections.Values.FirstOrDefault(c => c.IntegrationId == integrationId) is { } row ? Copy(row) : null);
        }
    }

    public Task<IReadOnlyList<MdrConnection>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<MdrConnection>>([.. Connections.Values.Select(Copy)]);
        }
    }

    public Task<Result> AddAsync(MdrConnection connection, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (Connections.Values.Any(c => c.IntegrationId == connection.IntegrationId))
            {
                return Task.FromResult<Result>(MdrErrors.ConnectionExists());
            }

            Connections.Add(connection.Id, Copy(connection));
            return Task.FromResult(Result.Success());
        }
    }

    public Task<bool> UpdateSettingsAsync(MdrConnection connection, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!Connections.TryGetValue(connection.Id, out var row))
            {
                return Task.FromResult(false);
            }

            row.SyncEnabled = connection.SyncEnabled;
            row.Ticketing = connection.Ticketing;
            row.UpdatedBy = connection.UpdatedBy;
            row.Updated = connection.Updated;
            return Task.FromResult(true);
        }
    }

    public Task<MdrExchangeClaim> TryClaimExchangeAsync(Guid id, long expectedVersion, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!Connections.TryGetValue(id, out var row))
            {
                return Task.FromResult(MdrExchangeClaim.NotFound);
            }

            if (row.TokenVersion != expectedVersion)
            {
                return Task.FromResult(MdrExchangeClaim.VersionChanged);
            }

            Claims.TryGetValue(id, out var claim);
            if (claim is { } held && held > now)
            {
                return Task.FromResult(MdrExchangeClaim.Busy);
            }

            Claims[id] = now + lease;
            return Task.FromResult(claim is null ? MdrExchangeClaim.Claimed : MdrExchangeClaim.ClaimedAfterUnfinished);
        }
    }

    public Task<bool> SaveTokensAsync(Guid id, long expectedVersion, MdrStoredTokens tokens, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (FailTokenSaves)
            {
                throw new InvalidOperationException("The database is unavailable.");
            }

            if (!Connections.TryGetValue(id, out var row) || row.TokenVersion != expectedVersion)
            {
                return Task.FromResult(false);
            }

            row.ProtectedAccessToken = tokens.ProtectedAccessToken;
            row.ProtectedRefreshToken = tokens.ProtectedRefreshToken;
            row.AccessTokenExpires = tokens.AccessTokenExpires;
            row.RefreshTokenExpires = tokens.RefreshTokenExpires;
            row.ConnectionName = tokens.Profile.ConnectionName;
            row.Role = tokens.Profile.Role;
            row.TenantScope = tokens.Profile.TenantNames;
            row.ClientId = tokens.ClientId ?? row.ClientId;
            row.BaseUrl = tokens.BaseUrl ?? row.BaseUrl;
            row.UpdatedBy = tokens.ReplacedBy ?? row.UpdatedBy;
            row.TokenVersion = expectedVersion + 1;
            row.Status = MdrConnectionStatus.Connected;
            row.StatusMessage = null;
            Claims[id] = null;
            return Task.FromResult(true);
        }
    }

    public Task SetStatusAsync(Guid id, MdrConnectionStatus status, string? message, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (Connections.TryGetValue(id, out var row))
            {
                row.Status = status;
                row.StatusMessage = message;
            }
        }

        return Task.CompletedTask;
    }

    public Task SetCursorAsync(Guid id, DateTimeOffset cursor, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Connections[id].Cursor = cursor;
            Cursors.Add(cursor);
        }

        return Task.CompletedTask;
    }

    public Task SetLastSyncAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Connections[id].LastSyncAt = at;
        }

        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var ids = Incidents.Where(i => i.ConnectionId == id).Select(i => i.Id).ToHashSet();
            Notes.RemoveAll(n => ids.Contains(n.SyncedIncidentId));
            Incidents.RemoveAll(i => i.ConnectionId == id);
            Mappings.RemoveAll(m => m.ConnectionId == id);
            return Task.FromResult(Connections.Remove(id));
        }
    }

    Task<IReadOnlyList<MdrTenantMapping>> IMdrTenantMappingStore.ListAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<MdrTenantMapping>>([.. Mappings.Where(m => m.ConnectionId == connectionId)]);
        }
    }

    public Task<MdrTenantMapping?> FindAsync(Guid connectionId, string mdrTenantName, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Mappings.FirstOrDefault(m => m.ConnectionId == connectionId && string.Equals(m.MdrTenantName, mdrTenantName.Trim(), StringComparison.OrdinalIgnoreCase)));
        }
    }

    public Task<Result> AddAsync(MdrTenantMapping mapping, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (Mappings.Any(m => m.ConnectionId == mapping.ConnectionId
                && (m.TenantId == mapping.TenantId || string.Equals(m.MdrTenantName, mapping.MdrTenantName, StringComparison.OrdinalIgnoreCase))))
            {
                return Task.FromResult<Result>(MdrErrors.TenantAlreadyMapped(mapping.MdrTenantName));
            }

            Mappings.Add(mapping);
            return Task.FromResult(Result.Success());
        }
    }

    public Task<bool> DeleteAsync(Guid connectionId, string mdrTenantName, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Mappings.RemoveAll(m => m.ConnectionId == connectionId && string.Equals(m.MdrTenantName, mdrTenantName, StringComparison.OrdinalIgnoreCase)) > 0);
        }
    }

    Task<MdrSyncedIncident?> IMdrIncidentStore.GetAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Incidents.FirstOrDefault(i => i.Id == id) is { } row ? Copy(row) : null);
        }
    }

    Task<MdrSyncedIncident?> IMdrIncidentStore.FindAsync(Guid connectionId, string incidentId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Incidents.FirstOrDefault(i => i.ConnectionId == connectionId && i.IncidentId == incidentId) is { } row ? Copy(row) : null);
        }
    }

    public Task<bool> AddAsync(MdrSyncedIncident incident, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (Incidents.Any(i => i.ConnectionId == incident.ConnectionId && i.IncidentId == incident.IncidentId))
            {
                return Task.FromResult(false);
            }

            Incidents.Add(Copy(incident));
            return Task.FromResult(true);
        }
    }

    public Task<bool> UpdateAsync(MdrSyncedIncident incident, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var index = Incidents.FindIndex(i => i.Id == incident.Id);
            if (index < 0)
            {
                return Task.FromResult(false);
            }

            Incidents[index] = Copy(incident);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<MdrSyncedIncident>> ListDueAsync(Guid connectionId, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<MdrSyncedIncident>>([.. Incidents
                .Where(i => i.ConnectionId == connectionId && i.State is not (MdrIncidentSyncState.Skipped or MdrIncidentSyncState.Unmapped) && i.DueAt <= now)
                .OrderBy(i => i.DueAt).Take(max).Select(Copy)]);
        }
    }

    public Task<IReadOnlyList<MdrSyncedIncident>> ListByStateAsync(Guid connectionId, MdrIncidentSyncState state, int max, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<MdrSyncedIncident>>([.. Incidents.Where(i => i.ConnectionId == connectionId && i.State == state).Take(max).Select(Copy)]);
        }
    }

    public Task<int> MakeDueAsync(Guid connectionId, Guid? id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var count = 0;
            foreach (var row in Incidents.Where(i => i.ConnectionId == connectionId && (id is null || i.Id == id)))
            {
                if (row.State == MdrIncidentSyncState.Failed)
                {
                    row.DueAt = now;
                    count++;
                }
                else if (id is not null && row.State == MdrIncidentSyncState.Unmapped)
                {
                    row.State = MdrIncidentSyncState.Pending;
                    row.DueAt = now;
                    count++;
                }
            }

            return Task.FromResult(count);
        }
    }

    public Task<int> MakeSkippedDueAsync(Guid connectionId, IReadOnlyCollection<MdrPriority> priorities, bool openOnly, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var rows = Incidents.Where(i => i.ConnectionId == connectionId && i.State == MdrIncidentSyncState.Skipped && priorities.Contains(i.Priority)
                && (!openOnly || i.Status is MdrIncidentStatus.Open or MdrIncidentStatus.OnHold)).ToList();
            foreach (var row in rows)
            {
                row.State = MdrIncidentSyncState.Pending;
                row.DueAt = now;
            }

            return Task.FromResult(rows.Count);
        }
    }

    public Task<int> MakeUnmappedDueAsync(Guid connectionId, string mdrTenantName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var rows = Incidents.Where(i => i.ConnectionId == connectionId && i.State == MdrIncidentSyncState.Unmapped
                && string.Equals(i.MdrTenantName, mdrTenantName, StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var row in rows)
            {
                row.State = MdrIncidentSyncState.Pending;
                row.DueAt = now;
            }

            return Task.FromResult(rows.Count);
        }
    }

    public Task<IReadOnlyList<string>> ListTenantNamesAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. Incidents.Where(i => i.ConnectionId == connectionId).Select(i => i.MdrTenantName).Distinct()]);
        }
    }

    public Task<Page<MdrSyncedIncidentView>> ListAsync(Guid connectionId, MdrIncidentFilter filter, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var rows = Incidents.Where(i => i.ConnectionId == connectionId && (filter.State is null || i.State == filter.State)).OrderByDescending(i => i.IncidentUpdated).ToList();
            var items = rows.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).Select(i => new MdrSyncedIncidentView(
                i.Id, i.IncidentId, i.MdrTenantName, TenantNames?.Invoke(connectionId, i.MdrTenantName), i.Summary, i.Priority, i.Status, i.State, i.TicketId, i.TicketNumber, i.CompanyId,
                i.IncidentUpdated, i.FirstSeen, i.DueAt, i.Attempts, i.LastError,
                Notes.Count(n => n.SyncedIncidentId == i.Id && n.NoteId != null), Notes.Count(n => n.SyncedIncidentId == i.Id && n.NoteId == null))).ToList();
            return Task.FromResult(new Page<MdrSyncedIncidentView>(items, rows.Count));
        }
    }

    public Task<bool> AddNoteAsync(MdrTicketNote note, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (Notes.Any(n => n.SyncedIncidentId == note.SyncedIncidentId && n.SourceId == note.SourceId))
            {
                return Task.FromResult(false);
            }

            Notes.Add(Copy(note));
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<MdrTicketNote>> ListPendingNotesAsync(Guid syncedIncidentId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<MdrTicketNote>>([.. Notes.Where(n => n.SyncedIncidentId == syncedIncidentId && n.NoteId == null).OrderBy(n => n.SourceTime).Select(Copy)]);
        }
    }

    public Task<IReadOnlySet<string>> ListNoteSourcesAsync(Guid syncedIncidentId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlySet<string>>(Notes.Where(n => n.SyncedIncidentId == syncedIncidentId).Select(n => n.SourceId).ToHashSet());
        }
    }

    public Task<bool> UpdateNoteAsync(MdrTicketNote note, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var row = Notes.FirstOrDefault(n => n.Id == note.Id);
            if (row is null)
            {
                return Task.FromResult(false);
            }

            row.SendStarted = note.SendStarted;
            row.NoteId = note.NoteId;
            return Task.FromResult(true);
        }
    }

    private static MdrConnection Copy(MdrConnection row) => new()
    {
        Id = row.Id,
        IntegrationId = row.IntegrationId,
        BaseUrl = row.BaseUrl,
        ClientId = row.ClientId,
        ConnectionName = row.ConnectionName,
        Role = row.Role,
        TenantScope = row.TenantScope,
        ProtectedRefreshToken = row.ProtectedRefreshToken,
        ProtectedAccessToken = row.ProtectedAccessToken,
        AccessTokenExpires = row.AccessTokenExpires,
        RefreshTokenExpires = row.RefreshTokenExpires,
        TokenVersion = row.TokenVersion,
        Status = row.Status,
        StatusMessage = row.StatusMessage,
        Cursor = row.Cursor,
        LastSyncAt = row.LastSyncAt,
        SyncEnabled = row.SyncEnabled,
        Ticketing = row.Ticketing,
        UpdatedBy = row.UpdatedBy,
        Created = row.Created,
        Updated = row.Updated,
    };

    private static MdrSyncedIncident Copy(MdrSyncedIncident row) => new()
    {
        Id = row.Id,
        ConnectionId = row.ConnectionId,
        IncidentId = row.IncidentId,
        MdrTenantName = row.MdrTenantName,
        Summary = row.Summary,
        Priority = row.Priority,
        Status = row.Status,
        IncidentCreated = row.IncidentCreated,
        IncidentUpdated = row.IncidentUpdated,
        FirstSeen = row.FirstSeen,
        State = row.State,
        DueAt = row.DueAt,
        TicketCreateStarted = row.TicketCreateStarted,
        TicketId = row.TicketId,
        TicketNumber = row.TicketNumber,
        CompanyId = row.CompanyId,
        Attempts = row.Attempts,
        LastError = row.LastError,
        LastAttempt = row.LastAttempt,
    };

    private static MdrTicketNote Copy(MdrTicketNote row) => new()
    {
        Id = row.Id,
        SyncedIncidentId = row.SyncedIncidentId,
        SourceId = row.SourceId,
        Title = row.Title,
        Text = row.Text,
        SourceTime = row.SourceTime,
        SendStarted = row.SendStarted,
        NoteId = row.NoteId,
    };
}

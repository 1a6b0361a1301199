using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Data.Integrations;
using BlazorConsole.Data.Tests.Common;

namespace BlazorConsole.Data.Tests.Integrations;

public sealed class MdrStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _database = new();
    private readonly MdrConnectionStore _connections;
    private readonly MdrTenantMappingStore _mappings;
    private readonly MdrIncidentStore _incidents;

    public MdrStoreTests()
    {
        _connections = new MdrConnectionStore(_database.Factory);
        _mappings = new MdrTenantMappingStore(_database.Factory);
        _incidents = new MdrIncidentStore(_database.Factory);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Add_SecondConnectionOfAnIntegration_IsRefusedByTheUniqueIndex()
    {
        var connection = await AddConnectionAsync();

        var second = await _connections.AddAsync(Connection(connection.IntegrationId), CancellationToken.None);

        Assert.Equal(MdrErrors.ConnectionExistsCode, second.Error?.Code);
    }

    [Fact]
    public async Task Connection_RoundTripsItsJsonColumnsAndTimes()
    {
        var rules = MdrTicketingSettings.Default with
        {
            Rules = [.. MdrTicketingSettings.Default.Rules.Select(r => r with { CreateTicket = true, QueueId = 29683, TicketPriority = 2, TicketStatus = 1, DelayMinutes = 15 })],
            CompleteOnResolve = true,
        };
        var connection = Connection((await _database.AddIntegrationAsync()).Id);
        connection.TenantScope = ["Contoso MDR", "Fabrikam MDR"];
        connection.Role = MdrRole.SeniorSecurityOfficer;
        connection.Ticketing = rules;
        connection.AccessTokenExpires = Now.AddHours(1);
        connection.Cursor = new DateTimeOffset(2026, 11, 23, 9, 59, 59, 123, TimeSpan.Zero);
        await _connections.AddAsync(connection, CancellationToken.None);

        var read = (await _connections.GetAsync(connection.Id, CancellationToken.None))!;

        Assert.Equal(["Contoso MDR", "Fabrikam MDR"], read.TenantScope);
        Assert.Equal(MdrRole.SeniorSecurityOfficer, read.Role);
        Assert.Equal(rules.Rules, read.Ticketing.Rules);
        Assert.True(read.Ticketing.CompleteOnResolve);
        Assert.Equal(Now.AddHours(1), read.AccessTokenExpires);
        Assert.Equal(connection.Cursor, read.Cursor);
        Assert.Equal(new Uri("https://mdr.example/api/v1"), read.BaseUrl);
    }

    [Fact]
    public async Task SaveTokens_StaleVersion_ChangesNothing()
    {
        var connection = await AddConnectionAsync();

        var stale = await _connections.SaveTokensAsync(connection.Id, expectedVersion: 0, Tokens("second"), Now, CancellationToken.None);
        var current = await _connections.SaveTokensAsync(connection.Id, expectedVersion: 1, Tokens("third"), Now, CancellationToken.None);
        var again = await _connections.SaveTokensAsync(connection.Id, expectedVersion: 1, Tokens("fourth"), Now, CancellationToken.None);

        Assert.False(stale);
        Assert.True(current);
        Assert.False(again);
        var read = (await _connections.GetAsync(connection.Id, CancellationToken.None))!;
        Assert.Equal((2L, "protected-refresh-third", "Renamed in MDR"), (read.TokenVersion, read.ProtectedRefreshToken, read.ConnectionName));
    }

    [Fact]
    public async Task ClaimExchange_HeldUntilItsLeaseEnds_AndReleasedByTheTokenSave()
    {
        var connection = await AddConnectionAsync();
        var lease = TimeSpan.FromMinutes(2);

        var first = await _connections.TryClaimExchangeAsync(connection.Id, 1, Now, lease, CancellationToken.None);
        var busy = await _connections.TryClaimExchangeAsync(connection.Id, 1, Now.AddMinutes(1), lease, CancellationToken.None);
        var lapsed = await _connections.TryClaimExchangeAsync(connection.Id, 1, Now.AddMinutes(3), lease, CancellationToken.None);
        await _connections.SaveTokensAsync(connection.Id, 1, Tokens("second"), Now, CancellationToken.None);
        var oldVersion = await _connections.TryClaimExchangeAsync(connection.Id, 1, Now.AddMinutes(4), lease, CancellationToken.None);
        var afterSave = await _connections.TryClaimExchangeAsync(connection.Id, 2, Now.AddMinutes(4), lease, CancellationToken.None);

        Assert.Equal(
            [MdrExchangeClaim.Claimed, MdrExchangeClaim.Busy, MdrExchangeClaim.ClaimedAfterUnfinished, MdrExchangeClaim.VersionChanged, MdrExchangeClaim.Claimed],
            [first, busy, lapsed, oldVersion, afterSave]);
    }

    [Fact]
    public async Task Mappings_OneToOneBothWays_NamesInAnyCase()
    {
        var connection = await AddConnectionAsync();
        var contoso = await _database.AddTenantAsync("Contoso");
        var fabrikam = await _database.AddTenantAsync("Fabrikam");
        Assert.True((await _mappings.AddAsync(Mapping(connection.Id, "Contoso MDR", contoso.Id), CancellationToken.None)).IsSuccess);

        var sameName = await _mappings.AddAsync(Mapping(connection.Id, "CONTOSO mdr", fabrikam.Id), CancellationToken.None);
        var sameTenant = await _mappings.AddAsync(Mapping(connection.Id, "Other MDR", contoso.Id), CancellationToken.None);

        Assert.Equal(MdrErrors.TenantAlreadyMappedCode, sameName.Error?.Code);
        Assert.Equal(MdrErrors.TenantAlreadyMappedCode, sameTenant.Error?.Code);
        Assert.Equal(contoso.Id, (await _mappings.FindAsync(connection.Id, "contoso mdr", CancellationToken.None))?.TenantId);
        Assert.True(await _mappings.DeleteAsync(connection.Id, "CONTOSO MDR", CancellationToken.None));
        Assert.Empty(await _mappings.ListAsync(connection.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Incidents_UniquePerConnection_NotesUniquePerSource()
    {
        var connection = await AddConnectionAsync();
        var record = Incident(connection.Id, "INC-1", MdrIncidentSyncState.Ticketed, null);
        Assert.True(await _incidents.AddAsync(record, CancellationToken.None));

        var duplicate = await _incidents.AddAsync(Incident(connection.Id, "INC-1", MdrIncidentSyncState.Pending, Now), CancellationToken.None);
        var note = await _incidents.AddNoteAsync(Note(record.Id, "comment:c1"), CancellationToken.None);
        var sameNote = await _incidents.AddNoteAsync(Note(record.Id, "comment:c1"), CancellationToken.None);

        Assert.False(duplicate);
        Assert.True(note);
        Assert.False(sameNote);
        Assert.Equal(["comment:c1"], await _incidents.ListNoteSourcesAsync(record.Id, CancellationToken.None));
    }

    [Fact]
    public async Task ListDue_OnlyWorkDueByNow_OldestFirst()
    {
        var connection = await AddConnectionAsync();
        await _incidents.AddAsync(Incident(connection.Id, "later", MdrIncidentSyncState.Pending, Now.AddMinutes(5)), CancellationToken.None);
        await _incidents.AddAsync(Incident(connection.Id, "failed", MdrIncidentSyncState.Failed, Now.AddMinutes(-1)), CancellationToken.None);
        await _incidents.AddAsync(Incident(connection.Id, "pending", MdrIncidentSyncState.Pending, Now.AddMinutes(-5)), CancellationToken.None);
        await _incidents.AddAsync(Incident(connection.Id, "skipped", MdrIncidentSyncState.Skipped, Now.AddMinutes(-9)), CancellationToken.None);
        await _incidents.AddAsync(Incident(connection.Id, "unmapped", MdrIncidentSyncState.Unmapped, Now.AddMinutes(-9)), CancellationToken.None);
        await _incidents.AddAsync(Incident(connection.Id, "settled", MdrIncidentSyncState.Ticketed, null), CancellationToken.None);

        var due = await _incidents.ListDueAsync(connection.Id, Now, 10, CancellationToken.None);

        Assert.Equal(["pending", "failed"], due.Select(i => i.IncidentId));
    }

    [Fact]
    public async Task MakeUnmappedDue_TurnsTheTenantsUnmappedIntoPending()
    {
        var connection = await AddConnectionAsync();
        var mine = Incident(connection.Id, "INC-1", MdrIncidentSyncState.Unmapped, null);
        await _incidents.AddAsync(mine, CancellationToken.None);
        var other = Incident(connection.Id, "INC-2", MdrIncidentSyncState.Unmapped, null);
        other.MdrTenantName = "Fabrikam MDR";
        await _incidents.AddAsync(other, CancellationToken.None);

        var count = await _incidents.MakeUnmappedDueAsync(connection.Id, "contoso mdr", Now, CancellationToken.None);

        Assert.Equal(1, count);
        var read = (await _incidents.GetAsync(mine.Id, CancellationToken.None))!;
        Assert.Equal((MdrIncidentSyncState.Pending, (DateTimeOffset?)Now), (read.State, read.DueAt));
        Assert.Equal(MdrIncidentSyncState.Unmapped, (await _incidents.GetAsync(other.Id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task MakeSkippedDue_OnlyTheSeveritiesGiven_AndOnlyOpenOnesWhenAsked()
    {
        var connection = await AddConnectionAsync();
        var open = Incident(connection.Id, "INC-1", MdrIncidentSyncState.Skipped, null);
        var onHold = Incident(connection.Id, "INC-2", MdrIncidentSyncState.Skipped, null);
        onHold.Status = MdrIncidentStatus.OnHold;
        var closed = Incident(connection.Id, "INC-3", MdrIncidentSyncState.Skipped, null);
        closed.Status = MdrIncidentStatus.Closed;
        var low = Incident(connection.Id, "INC-4", MdrIncidentSyncState.Skipped, null);
        low.Priority = MdrPriority.Low;
        var ticketed = Incident(connection.Id, "INC-5", MdrIncidentSyncState.Ticketed, null);
        foreach (var record in new[] { open, onHold, closed, low, ticketed })
        {
            await _incidents.AddAsync(record, CancellationToken.None);
        }

        var openOnly = await _incidents.MakeSkippedDueAsync(connection.Id, [MdrPriority.High], openOnly: true, Now, CancellationToken.None);
        Assert.Equal(2, openOnly);
        Assert.Equal(MdrIncidentSyncState.Skipped, (await _incidents.GetAsync(closed.Id, CancellationToken.None))!.State);

        var all = await _incidents.MakeSkippedDueAsync(connection.Id, [MdrPriority.High], openOnly: false, Now, CancellationToken.None);
        Assert.Equal(1, all);
        var read = (await _incidents.GetAsync(closed.Id, CancellationToken.None))!;
        Assert.Equal((MdrIncidentSyncState.Pending, (DateTimeOffset?)Now), (read.State, read.DueAt));
        Assert.Equal(MdrIncidentSyncState.Skipped, (await _incidents.GetAsync(low.Id, CancellationToken.None))!.State);
        Assert.Equal(MdrIncidentSyncState.Ticketed, (await _incidents.GetAsync(ticketed.Id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task MakeUnmappedDue_NonAsciiNameInAnotherCase_Matches()
    {
        var connection = await AddConnectionAsync();
        var tenant = await _database.AddTenantAsync("Société");
        await _mappings.AddAsync(Mapping(connection.Id, "Société Générale MDR", tenant.Id), CancellationToken.None);
        var record = Incident(connection.Id, "INC-1", MdrIncidentSyncState.Unmapped, null);
        record.MdrTenantName = "Société Générale MDR";
        await _incidents.AddAsync(record, CancellationToken.None);

        var count = await _incidents.MakeUnmappedDueAsync(connection.Id, "SOCIÉTÉ GÉNÉRALE mdr", Now, CancellationToken.None);
        var page = await _incidents.ListAsync(connection.Id, new MdrIncidentFilter(), CancellationToken.None);

        Assert.Equal(1, count);
        Assert.Equal("Société", Assert.Single(page.Items).TenantName);
    }

    [Fact]
    public async Task ListPage_FiltersSearchesAndCountsNotes()
    {
        var connection = await AddConnectionAsync();
        var tenant = await _database.AddTenantAsync("Contoso");
        await _mappings.AddAsync(Mapping(connection.Id, "Contoso MDR", tenant.Id), CancellationToken.None);
        var ticketed = Incident(connection.Id, "INC-1", MdrIncidentSyncState.Ticketed, null);
        await _incidents.AddAsync(ticketed, CancellationToken.None);
        var sent = Note(ticketed.Id, "comment:c1");
        await _incidents.AddNoteAsync(sent, CancellationToken.None);
        sent.NoteId = 77;
        await _incidents.UpdateNoteAsync(sent, CancellationToken.None);
        await _incidents.AddNoteAsync(Note(ticketed.Id, "comment:c2"), CancellationToken.None);
        await _incidents.AddAsync(Incident(connection.Id, "INC-2", MdrIncidentSyncState.Failed, Now), CancellationToken.None);

        var failed = await _incidents.ListAsync(connection.Id, new MdrIncidentFilter(MdrIncidentSyncState.Failed), CancellationToken.None);
        var searched = await _incidents.ListAsync(connection.Id, new MdrIncidentFilter(Search: "inc-1"), CancellationToken.None);

        Assert.Equal("INC-2", Assert.Single(failed.Items).IncidentId);
        var row = Assert.Single(searched.Items);
        Assert.Equal(("Contoso", 1, 1), (row.TenantName, row.NotesSent, row.NotesPending));
        Assert.Equal(["comment:c2"], (await _incidents.ListPendingNotesAsync(ticketed.Id, CancellationToken.None)).Select(n => n.SourceId));
    }

    [Fact]
    public async Task Delete_RemovesMappingsIncidentsAndNotes()
    {
        var connection = await AddConnectionAsync();
        var tenant = await _database.AddTenantAsync("Contoso");
        await _mappings.AddAsync(Mapping(connection.Id, "Contoso MDR", tenant.Id), CancellationToken.None);
        var record = Incident(connection.Id, "INC-1", MdrIncidentSyncState.Ticketed, null);
        await _incidents.AddAsync(record, CancellationToken.None);
        await _incidents.AddNoteAsync(Note(record.Id, "comment:c1"), CancellationToken.None);

        Assert.True(await _connections.DeleteAsync(connection.Id, CancellationToken.None));

        Assert.Null(await _connections.GetAsync(connection.Id, CancellationToken.None));
        Assert.Empty(await _mappings.ListAsync(connection.Id, CancellationToken.None));
        Assert.Null(await _incidents.GetAsync(record.Id, CancellationToken.None));
        await using var db = _database.CreateContext();
        Assert.Empty(db.MdrTicketNotes);
    }

    private async Task<MdrConnection> AddConnectionAsync()
    {
        var connection = Connection((await _database.AddIntegrationAsync()).Id);
        Assert.True((await _connections.AddAsync(connection, CancellationToken.None)).IsSuccess);
        return connection;
    }

    private static MdrConnection Connection(Guid integrationId) => new()
    {
        Id = Guid.NewGuid(),
        IntegrationId = integrationId,
        BaseUrl = new Uri("https://mdr.example/api/v1"),
        ClientId = "0f2c1d",
        ConnectionName = "Console API",
        ProtectedRefreshToken = "protected-refresh-first",
        ProtectedAccessToken = "protected-access-first",
        TokenVersion = 1,
        UpdatedBy = "alice",
        Created = Now.UtcDateTime,
        Updated = Now.UtcDateTime,
    };

    private static MdrStoredTokens Tokens(string name) =>
        new($"protected-access-{name}", $"protected-refresh-{name}", Now.AddHours(1), Now.AddDays(30), new MdrConnectionProfile("Renamed in MDR", MdrRole.Administrator, null));

    private static MdrTenantMapping Mapping(Guid connectionId, string name, Guid tenantId) =>
        new() { Id = Guid.NewGuid(), ConnectionId = connectionId, MdrTenantName = name, TenantId = tenantId, MappedBy = "alice", Mapped = Now.UtcDateTime };

    private static MdrSyncedIncident Incident(Guid connectionId, string id, MdrIncidentSyncState state, DateTimeOffset? due) => new()
    {
        Id = Guid.NewGuid(),
        ConnectionId = connectionId,
        IncidentId = id,
        MdrTenantName = "Contoso MDR",
        Summary = $"Suspicious activity {id}",
        Priority = MdrPriority.High,
        Status = MdrIncidentStatus.Open,
        IncidentCreated = Now.AddHours(-1),
        IncidentUpdated = Now.AddMinutes(-1),
        FirstSeen = Now,
        State = state,
        DueAt = due,
    };

    private static MdrTicketNote Note(Guid incidentId, string source) => new()
    {
        Id = Guid.NewGuid(),
        SyncedIncidentId = incidentId,
        SourceId = source,
        Title = $"[MDR {source}] Comment",
        Text = "Text",
        SourceTime = Now,
    };
}

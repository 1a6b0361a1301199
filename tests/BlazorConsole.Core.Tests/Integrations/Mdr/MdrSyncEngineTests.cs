using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Core.Tests.Integrations.Mdr;

public sealed class MdrSyncEngineTests
{
    private readonly MdrHarness _h = new();

    private DateTimeOffset Now => _h.Time.GetUtcNow();

    [Theory]
    [InlineData(MdrPriority.High, true, MdrIncidentStatus.Open, 0, true, MdrIncidentSyncState.Ticketed, 1)]
    [InlineData(MdrPriority.Low, false, MdrIncidentStatus.Open, 0, true, MdrIncidentSyncState.Skipped, 0)]
    [InlineData(MdrPriority.Normal, true, MdrIncidentStatus.Closed, 0, true, MdrIncidentSyncState.Skipped, 0)]
    [InlineData(MdrPriority.Normal, true, MdrIncidentStatus.Resolved, 0, true, MdrIncidentSyncState.Skipped, 0)]
    [InlineData(MdrPriority.Normal, true, MdrIncidentStatus.Resolved, 0, false, MdrIncidentSyncState.Ticketed, 1)]
    [InlineData(MdrPriority.Low, true, MdrIncidentStatus.OnHold, 0, true, MdrIncidentSyncState.Ticketed, 1)]
    [InlineData(MdrPriority.High, true, MdrIncidentStatus.Open, 30, true, MdrIncidentSyncState.Pending, 0)]
    public async Task FirstSeen_FollowsTheRuleOfItsSeverity(MdrPriority priority, bool create, MdrIncidentStatus status, int delay, bool onlyOpen, MdrIncidentSyncState expected, int tickets)
    {
        var everything = MdrHarness.TicketEverything(delay, onlyOpen);
        var rules = everything with { Rules = [.. everything.Rules.Select(r => r.Priority == priority ? r with { CreateTicket = create } : r)] };
        await _h.ConnectAsync(rules);
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", priority, status, Now);

        await _h.SyncAsync();

        Assert.Equal(expected, _h.Record("INC-1").State);
        Assert.Equal(tickets, _h.Autotask.Tickets.Count);
    }

    [Fact]
    public async Task RuleTurnedOnLater_OpenIncidentsSkippedBeforeGetTickets_ClosedOnesStaySkipped()
    {
        await _h.ConnectAsync(); // default rules: no tickets yet
        await _h.MapAsync();
        _h.Mdr.Put("INC-OPEN", MdrPriority.High, MdrIncidentStatus.Open, Now);
        _h.Mdr.Put("INC-CLOSED", MdrPriority.High, MdrIncidentStatus.Closed, Now);
        _h.Mdr.Put("INC-LOW", MdrPriority.Low, MdrIncidentStatus.Open, Now);
        await _h.SyncAsync();
        Assert.All(_h.Stores.Incidents, i => Assert.Equal(MdrIncidentSyncState.Skipped, i.State));

        var everything = MdrHarness.TicketEverything();
        var highOnly = everything with { Rules = [.. everything.Rules.Select(r => r with { CreateTicket = r.Priority == MdrPriority.High })] };
        Assert.True((await _h.Connections.SaveTicketingAsync(_h.ConnectionId, highOnly, "admin", CancellationToken.None)).IsSuccess);
        await _h.SyncAsync();
        await _h.SyncAsync();

        var ticket = Assert.Single(_h.Autotask.Tickets);
        Assert.Equal("MDR:INC-OPEN", ticket.ExternalId);
        Assert.Equal(MdrIncidentSyncState.Ticketed, _h.Record("INC-OPEN").State);
        Assert.Equal(MdrIncidentSyncState.Skipped, _h.Record("INC-CLOSED").State);
        Assert.Equal(MdrIncidentSyncState.Skipped, _h.Record("INC-LOW").State);
    }

    [Fact]
    public async Task Delay_TicketCreatedOnlyOnceDue_AndNotWhenClosedMeanwhile()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything(delayMinutes: 30));
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        _h.Mdr.Put("INC-2", MdrPriority.High, MdrIncidentStatus.Open, Now);
        await _h.SyncAsync();
        Assert.Equal(Now.AddMinutes(30), _h.Record("INC-1").DueAt);

        _h.Time.Advance(TimeSpan.FromMinutes(10));
        _h.Mdr.Put("INC-2", MdrPriority.High, MdrIncidentStatus.Closed, Now);
        await _h.SyncAsync();
        Assert.Empty(_h.Autotask.Tickets);

        _h.Time.Advance(TimeSpan.FromMinutes(20));
        await _h.SyncAsync();

        var ticket = Assert.Single(_h.Autotask.Tickets);
        Assert.Equal("MDR:INC-1", ticket.ExternalId);
        Assert.Equal(MdrHarness.CompanyId, ticket.CompanyId);
        Assert.Equal(29683, ticket.QueueId);
        Assert.Equal(MdrIncidentSyncState.Skipped, _h.Record("INC-2").State);
    }

    [Fact]
    public async Task SamePagePolledTwice_OneTicket()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        await _h.SyncAsync();

        _h.Stores.Connections[_h.ConnectionId].Cursor = null;
        _h.Restart();
        var second = await _h.SyncAsync();

        Assert.Equal(1, second.IncidentsRead);
        Assert.Single(_h.Autotask.Tickets);
        Assert.Single(_h.Stores.Incidents);
    }

    [Fact]
    public async Task RestartAfterTicketSent_AdoptsTheTicketInsteadOfCreatingAnother()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        _h.Autotask.LoseCreateAnswers = true;
        await Assert.ThrowsAsync<HttpRequestException>(() => _h.Engine.RunAsync(_h.ConnectionId, CancellationToken.None));
        Assert.NotNull(_h.Record("INC-1").TicketCreateStarted);
        Assert.Null(_h.Record("INC-1").TicketId);

        _h.Autotask.LoseCreateAnswers = false;
        _h.Restart();
        await _h.SyncAsync();

        var ticket = Assert.Single(_h.Autotask.Tickets);
        Assert.Equal(1, _h.Autotask.CreateCalls);
        Assert.Equal(ticket.Id, _h.Record("INC-1").TicketId);
        Assert.Equal(ticket.TicketNumber, _h.Record("INC-1").TicketNumber);
        Assert.Equal(MdrIncidentSyncState.Ticketed, _h.Record("INC-1").State);
    }

    [Fact]
    public async Task Comments_BecomeNotesOnce_OwnCommentsAreNotEchoed_AndALostNoteAnswerIsAdopted()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        await _h.SyncAsync();

        _h.Time.Advance(TimeSpan.FromMinutes(5));
        _h.Mdr.Comments["INC-1"] =
        [
            new MdrComment("c1", "MDR analyst", "Isolate host-1, please.", Now),
            new MdrComment("c2", FakeMdrClient.ConnectionName, "Acknowledged by the console.", Now),
        ];
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        _h.Autotask.LoseNoteAnswers = true;
        await Assert.ThrowsAsync<HttpRequestException>(() => _h.Engine.RunAsync(_h.ConnectionId, CancellationToken.None));

        _h.Autotask.LoseNoteAnswers = false;
        _h.Restart();
        await _h.SyncAsync();
        await _h.SyncAsync();

        var note = Assert.Single(_h.Autotask.Notes);
        Assert.StartsWith("[MDR comment:c1]", note.Title, StringComparison.Ordinal);
        Assert.Equal("Isolate host-1, please.", note.Description);
        Assert.Equal(note.Id, Assert.Single(_h.Stores.Notes).NoteId);
    }

    [Fact]
    public async Task ResponsesAndStatusChanges_BecomeNotes_AChangedResponseAgain()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        await _h.SyncAsync();

        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Mdr.Responses["INC-1"] = [new MdrResponse("r1", "Isolate host", "Waiting", null, Now)];
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.OnHold, Now);
        await _h.SyncAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Mdr.Responses["INC-1"] = [new MdrResponse("r1", "Isolate host", "Done", null, Now)];
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.OnHold, Now);
        await _h.SyncAsync();

        Assert.Collection(
            _h.Autotask.Notes.Select(n => n.Title).Order(StringComparer.Ordinal),
            t => Assert.StartsWith("[MDR response:r1:Done]", t, StringComparison.Ordinal),
            t => Assert.StartsWith("[MDR response:r1:Waiting]", t, StringComparison.Ordinal),
            t => Assert.StartsWith("[MDR status:OnHold:", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClosedIncident_TicketCompletedOnce()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        await _h.SyncAsync();

        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Closed, Now);
        var closing = await _h.SyncAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Mdr.Comments["INC-1"] = [new MdrComment("c9", "MDR analyst", "Closing remark", Now)];
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Closed, Now);
        await _h.SyncAsync();

        Assert.Equal(1, closing.TicketsCompleted);
        var update = Assert.Single(_h.Autotask.StatusUpdates);
        Assert.Equal(5, update.Status);
        Assert.Equal(MdrIncidentSyncState.Completed, _h.Record("INC-1").State);
        Assert.Contains(_h.Autotask.Notes, n => n.Description == "Closing remark");
    }

    [Fact]
    public async Task ResolvedIncident_CompletedOnlyWhenTheSettingsSaySo()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        await _h.SyncAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Resolved, Now);
        await _h.SyncAsync();
        Assert.Empty(_h.Autotask.StatusUpdates);

        await _h.Connections.SaveTicketingAsync(_h.ConnectionId, MdrHarness.TicketEverything(completeOnResolve: true), "alice", CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Resolved, Now);
        await _h.SyncAsync();

        Assert.Single(_h.Autotask.StatusUpdates);
    }

    [Fact]
    public async Task CursorSavedAfterEachPage_AndTheNextPassStartsAfterIt()
    {
        await _h.ConnectAsync();
        var start = Now.AddDays(-1);
        for (var i = 0; i < 250; i++)
        {
            _h.Mdr.Put($"INC-{i:D3}", MdrPriority.Low, MdrIncidentStatus.Open, start.AddSeconds(i));
        }

        var outcome = await _h.SyncAsync();
        await _h.SyncAsync();

        Assert.Equal(250, outcome.IncidentsRead);
        Assert.Equal([start.AddSeconds(99), start.AddSeconds(199), start.AddSeconds(249)], _h.Stores.Cursors);
        Assert.Equal(start.AddSeconds(249).AddMilliseconds(1), _h.Mdr.Queries[^1].MinUpdateTime);
        Assert.Equal(250, _h.Stores.Incidents.Count);
    }

    [Fact]
    public async Task Unmapped_BecomesTicketOnceMapped_AndOnceItsTenantHasACompany()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        await _h.SyncAsync();
        Assert.Equal(MdrIncidentSyncState.Unmapped, _h.Record("INC-1").State);

        var tenant = await _h.MapAsync(withCompany: false);
        await _h.SyncAsync();
        Assert.Equal(MdrIncidentSyncState.Unmapped, _h.Record("INC-1").State);
        Assert.Empty(_h.Autotask.Tickets);

        _h.MapCompany(tenant);
        await _h.SyncAsync();

        Assert.Single(_h.Autotask.Tickets);
        Assert.Equal(MdrIncidentSyncState.Ticketed, _h.Record("INC-1").State);
    }

    [Fact]
    public async Task Failure_BacksOffAndTheRetrySucceeds()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        _h.Autotask.FailNextCreates = 2;

        var first = await _h.SyncAsync();
        var failed = _h.Record("INC-1");
        Assert.Equal(1, first.Failures);
        Assert.Equal((MdrIncidentSyncState.Failed, 1, Now.AddMinutes(1)), (failed.State, failed.Attempts, failed.DueAt));
        Assert.Contains(AutotaskErrors.UnreachableCode, failed.LastError, StringComparison.Ordinal);

        _h.Time.Advance(TimeSpan.FromSeconds(30));
        await _h.SyncAsync();
        Assert.Equal(1, _h.Autotask.CreateCalls);

        _h.Time.Advance(TimeSpan.FromSeconds(30));
        await _h.SyncAsync();
        Assert.Equal((2, Now.AddMinutes(2)), (_h.Record("INC-1").Attempts, _h.Record("INC-1").DueAt));

        _h.Time.Advance(TimeSpan.FromMinutes(2));
        await _h.SyncAsync();

        var record = _h.Record("INC-1");
        Assert.Equal((MdrIncidentSyncState.Ticketed, 0, (string?)null), (record.State, record.Attempts, record.LastError));
        Assert.Single(_h.Autotask.Tickets);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(40, 60)]
    public void Backoff_DoublesUpToAnHour(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), MdrSyncEngine.BackoffAfter(attempts));

    [Fact]
    public async Task BudgetPaused_NothingSent_WorkStaysDue()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        _h.Autotask.Budget = AutotaskBudgetState.Paused;

        await _h.SyncAsync();
        Assert.Equal(0, _h.Autotask.CreateCalls);
        Assert.Equal(MdrIncidentSyncState.Pending, _h.Record("INC-1").State);

        _h.Autotask.Budget = AutotaskBudgetState.Slowed;
        await _h.SyncAsync();

        Assert.Single(_h.Autotask.Tickets);
    }

    [Fact]
    public async Task RefusedRefreshToken_PassFailsWithoutTouchingAutotask()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, Now);
        _h.Mdr.Revoke();

        var outcome = await _h.Engine.RunAsync(_h.ConnectionId, CancellationToken.None);

        Assert.Equal(MdrErrors.RefreshTokenRejectedCode, outcome.Error?.Code);
        Assert.Empty(_h.Stores.Incidents);
        Assert.Equal(MdrConnectionStatus.RefreshTokenRejected, _h.Connection.Status);
    }
}

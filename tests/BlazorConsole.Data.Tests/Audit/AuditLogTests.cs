using BlazorConsole.Core.Access;
using BlazorConsole.Core.Audit;
using BlazorConsole.Data.Audit;
using BlazorConsole.Data.Tests.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Data.Tests.Audit;

public sealed class AuditLogTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly AuditLog _log;
    private readonly AuditService _audit;

    public AuditLogTests()
    {
        _log = new AuditLog(_database.Factory);
        _audit = new AuditService(_log, new FixedContext(new Actor(ActorKind.Account, "alice", AuditChannels.Ui, "127.0.0.1", "corr-1")), _time);
    }

    [Fact]
    public async Task Verify_EntriesRecorded_IsIntactWithTheirCount()
    {
        await RecordAsync(3);

        var result = await _audit.VerifyAsync(CancellationToken.None);

        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(3, result.Count);
        Assert.Equal("The audit log is intact (3 entries).", result.Message);
    }

    [Fact]
    public async Task Verify_EmptyLog_IsIntact()
    {
        var result = await _audit.VerifyAsync(CancellationToken.None);

        Assert.True(result.IsIntact);
        Assert.Equal(0, result.Count);
    }

    [Fact]
    public async Task Record_FillsActorChannelAddressAndCorrelationFromContext()
    {
        var entry = await _audit.RecordAsync("tenant.renamed", new AuditTarget("Tenant", "t-1", "Contoso"), new { before = "A", after = "B" }, CancellationToken.None);

        var stored = Assert.Single((await _log.ListAsync(new AuditQuery(), CancellationToken.None)).Items);
        Assert.Equal(entry.Sequence, stored.Sequence);
        Assert.Equal(("alice", ActorKind.Account, "ui", "127.0.0.1", "corr-1"), (stored.ActorName, stored.ActorKind, stored.Channel, stored.Address, stored.CorrelationId));
        Assert.Equal("""{"before":"A","after":"B"}""", stored.Summary);
        Assert.Equal(_time.GetUtcNow().UtcDateTime, stored.Time);
    }

    [Theory]
    [InlineData("UPDATE AuditEntries SET TargetName = 'Someone else' WHERE Sequence = 2")]
    [InlineData("UPDATE AuditEntries SET ActorName = 'mallory' WHERE Sequence = 2")]
    [InlineData("UPDATE AuditEntries SET Summary = '{}' WHERE Sequence = 2")]
    public async Task Verify_RowEditedInTheFile_NamesThatEntry(string sql)
    {
        await RecordAsync(4);

        await ExecuteRawAsync(sql);
        var result = await _audit.VerifyAsync(CancellationToken.None);

        Assert.False(result.IsIntact);
        Assert.Equal(2, result.BrokenSequence);
        Assert.Contains("entry #2", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowEditedAndItsHashRecomputed_NamesTheNextEntry()
    {
        await RecordAsync(4);
        var entries = await _log.StreamChainAsync(CancellationToken.None).ToListAsync();
        var forged = entries[1];
        forged.TargetName = "Someone else";
        var hash = AuditChain.ComputeHash(forged.PreviousHash, forged);

        await ExecuteRawAsync($"UPDATE AuditEntries SET TargetName = 'Someone else', Hash = '{hash}' WHERE Sequence = 2");
        var result = await _audit.VerifyAsync(CancellationToken.None);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenSequence);
    }

    [Fact]
    public async Task Verify_RowDeletedInTheMiddle_NamesTheMissingEntry()
    {
        await RecordAsync(5);

        await ExecuteRawAsync("DELETE FROM AuditEntries WHERE Sequence = 3");
        var result = await _audit.VerifyAsync(CancellationToken.None);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenSequence);
        Assert.Contains("missing", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NewestRowDeleted_NamesIt()
    {
        await RecordAsync(3);

        await ExecuteRawAsync("DELETE FROM AuditEntries WHERE Sequence = 3");
        var result = await _audit.VerifyAsync(CancellationToken.None);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenSequence);
    }

    [Fact]
    public async Task Verify_OldestRowDeletedWithoutRetention_NamesIt()
    {
        await RecordAsync(3);

        await ExecuteRawAsync("DELETE FROM AuditEntries WHERE Sequence = 1");
        var result = await _audit.VerifyAsync(CancellationToken.None);

        Assert.False(result.IsIntact);
        Assert.Equal(1, result.BrokenSequence);
    }

    [Fact]
    public async Task Retention_OldEntriesRemoved_ChainStillVerifiesWithCheckpoint()
    {
        await RecordAsync(3);
        _time.Advance(TimeSpan.FromDays(30));
        await RecordAsync(2);
        _time.Advance(TimeSpan.FromDays(10));

        var removed = await _audit.ApplyRetentionAsync(20, CancellationToken.None);
        var result = await _audit.VerifyAsync(CancellationToken.None);

        Assert.Equal(3, removed);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(3, result.Count);
        var entries = await _log.StreamChainAsync(CancellationToken.None).ToListAsync();
        Assert.Equal([4L, 5L, 6L], entries.Select(e => e.Sequence));
        var checkpoint = entries[^1];
        Assert.Equal(AuditActions.Retention, checkpoint.Action);
        Assert.Equal(ActorKind.System, checkpoint.ActorKind);
        Assert.Contains("\"removed\":3", checkpoint.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_EverythingOld_CheckpointAloneVerifies()
    {
        await RecordAsync(2);
        _time.Advance(TimeSpan.FromDays(500));

        await _audit.ApplyRetentionAsync(400, CancellationToken.None);
        var result = await _audit.VerifyAsync(CancellationToken.None);

        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(1, result.Count);
    }

    [Fact]
    public async Task Retention_NothingOld_RemovesNothingAndRecordsNothing()
    {
        await RecordAsync(2);

        var removed = await _audit.ApplyRetentionAsync(400, CancellationToken.None);

        Assert.Equal(0, removed);
        Assert.Equal(2, (await _log.ListAsync(new AuditQuery(), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task Append_ConcurrentWriters_ChainStaysLinear()
    {
        var second = new AuditService(new AuditLog(_database.Factory), new FixedContext(AuditActor.System), _time);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? _audit : second).RecordAsync("test.concurrent", new AuditTarget("Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), null, CancellationToken.None)));
        var result = await _audit.VerifyAsync(CancellationToken.None);

        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(20, result.Count);
    }

    [Fact]
    public async Task List_Filters_MatchServerSide()
    {
        await _audit.RecordAsync("tenant.created", new AuditTarget("Tenant", "1", "Contoso"), null, CancellationToken.None);
        await _audit.RecordAsync(AuditActor.System, "task.completed", new AuditTarget("Task", "2", "CreateTenant"), null, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(2));
        await _audit.RecordAsync("tenant.deleted", new AuditTarget("Tenant", "3", "Fabrikam"), null, CancellationToken.None);

        Assert.Equal(2, (await _log.ListAsync(new AuditQuery { Actor = "ALI" }, CancellationToken.None)).Total);
        Assert.Equal(2, (await _log.ListAsync(new AuditQuery { Action = "tenant." }, CancellationToken.None)).Total);
        Assert.Equal("Fabrikam", Assert.Single((await _log.ListAsync(new AuditQuery { Target = "fabri" }, CancellationToken.None)).Items).TargetName);
        Assert.Equal("task.completed", Assert.Single((await _log.ListAsync(new AuditQuery { Channel = "system" }, CancellationToken.None)).Items).Action);
        Assert.Equal("tenant.deleted", Assert.Single((await _log.ListAsync(new AuditQuery { From = _time.GetUtcNow().UtcDateTime.AddHours(-1) }, CancellationToken.None)).Items).Action);
        var page = await _log.ListAsync(new AuditQuery { Skip = 1, Take = 1 }, CancellationToken.None);
        Assert.Equal(3, page.Total);
        Assert.Equal("task.completed", Assert.Single(page.Items).Action);
    }

    public void Dispose()
    {
        _log.Dispose();
        _database.Dispose();
    }

    private async Task RecordAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await _audit.RecordAsync("tenant.created", new AuditTarget("Tenant", Guid.NewGuid().ToString(), $"Tenant {i}"), new { name = $"Tenant {i}" }, CancellationToken.None);
        }
    }

    private async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private sealed class FixedContext(Actor actor) : IAuditContext
    {
        public Actor Current => actor;
    }
}

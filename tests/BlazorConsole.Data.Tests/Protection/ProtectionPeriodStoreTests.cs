using BlazorConsole.Core.Protection;
using BlazorConsole.Data.Protection;
using BlazorConsole.Data.Tests.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Tests.Protection;

public sealed class ProtectionPeriodStoreTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabase _database = new();
    private readonly ProtectionPeriodStore _store;

    public ProtectionPeriodStoreTests() => _store = new ProtectionPeriodStore(_database.Factory);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Upsert_NewPeriods_AreReadBackThroughEfWithTheSameValues()
    {
        var biosId = Guid.NewGuid();
        var summary = await _store.UpsertAsync("svm-1", [new(biosId, "web-01", Start, Start.AddHours(2)), new(biosId, "web-01", Start.AddHours(3), null)], default);

        Assert.Equal(new IngestionSummary(2, 2, 0, 0), summary);
        await using var db = _database.CreateContext();
        var rows = await db.ProtectionPeriods.Where(p => p.BiosId == biosId).OrderBy(p => p.Start).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal(Start, rows[0].Start);
        Assert.Equal(DateTimeKind.Utc, rows[0].Start.Kind);
        Assert.Equal(Start.AddHours(2), rows[0].End);
        Assert.Null(rows[1].End);
        Assert.Equal("web-01", rows[0].VmName);
        Assert.Equal("svm-1", rows[0].SvmId);
    }

    [Fact]
    public async Task Upsert_StoresBiosIdAsUpperCaseTextAndTimesAsTicks_LikeEf()
    {
        var biosId = Guid.NewGuid();
        await _store.UpsertAsync(null, [new(biosId, null, Start, null)], default);

        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"BiosId\", typeof(\"BiosId\"), \"Start\", typeof(\"Start\") FROM \"ProtectionPeriods\"";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(biosId.ToString("D").ToUpperInvariant(), reader.GetString(0));
        Assert.Equal("text", reader.GetString(1));
        Assert.Equal(Start.Ticks, reader.GetInt64(2));
        Assert.Equal("integer", reader.GetString(3));
    }

    [Fact]
    public async Task Upsert_SameBatchTwice_ChangesNothingTheSecondTime()
    {
        IncomingPeriod[] batch = [new(Guid.NewGuid(), "a", Start, Start.AddHours(1)), new(Guid.NewGuid(), "b", Start, null)];
        await _store.UpsertAsync("svm", batch, default);

        var second = await _store.UpsertAsync("svm", batch, default);

        Assert.Equal(new IngestionSummary(2, 0, 0, 2), second);
        await using var db = _database.CreateContext();
        Assert.Equal(2, await db.ProtectionPeriods.CountAsync());
    }

    [Fact]
    public async Task Upsert_LaterBatchWithEnd_ClosesTheOpenPeriod()
    {
        var biosId = Guid.NewGuid();
        await _store.UpsertAsync("svm", [new(biosId, "a", Start, null)], default);

        var summary = await _store.UpsertAsync("svm", [new(biosId, "a", Start, Start.AddHours(5))], default);

        Assert.Equal(new IngestionSummary(1, 0, 1, 0), summary);
        await using var db = _database.CreateContext();
        var period = await db.ProtectionPeriods.SingleAsync();
        Assert.Equal(Start.AddHours(5), period.End);
    }

    [Fact]
    public async Task Upsert_ConflictingEndOnClosedPeriod_LeavesItUnchanged()
    {
        var biosId = Guid.NewGuid();
        await _store.UpsertAsync("svm", [new(biosId, "a", Start, Start.AddHours(1))], default);

        var summary = await _store.UpsertAsync("svm", [new(biosId, "a", Start, Start.AddHours(9)), new(biosId, "a", Start, null)], default);

        Assert.Equal(new IngestionSummary(2, 0, 0, 2), summary);
        await using var db = _database.CreateContext();
        Assert.Equal(Start.AddHours(1), (await db.ProtectionPeriods.SingleAsync()).End);
    }

    [Fact]
    public async Task EarliestStart_ReturnsTheMinimumOrNullWhenEmpty()
    {
        Assert.Null(await _store.EarliestStartAsync(default));
        await _store.UpsertAsync(null, [new(Guid.NewGuid(), null, Start.AddDays(2), null), new(Guid.NewGuid(), null, Start, null)], default);

        Assert.Equal(Start, await _store.EarliestStartAsync(default));
    }

    [Fact]
    public async Task PurgeEndedBefore_DeletesOnlyClosedPeriodsThatEndedBeforeTheCutoff()
    {
        await _store.UpsertAsync(null,
        [
            new(Guid.NewGuid(), "old", Start, Start.AddHours(1)),
            new(Guid.NewGuid(), "recent", Start, Start.AddDays(10)),
            new(Guid.NewGuid(), "open", Start, null),
        ], default);

        var deleted = await _store.PurgeEndedBeforeAsync(Start.AddDays(1), default);

        Assert.Equal(1, deleted);
        await using var db = _database.CreateContext();
        Assert.Equal(["open", "recent"], await db.ProtectionPeriods.OrderBy(p => p.VmName).Select(p => p.VmName!).ToListAsync());
    }
}

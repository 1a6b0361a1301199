using System.Data.Common;
using BlazorConsole.Core.Protection;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Protection;

/// <summary>
/// Ingestion through two prepared raw commands reused for every row, in one transaction (same SQL text on
/// SQLite and PostgreSQL): an insert that does nothing on an existing (BIOS ID, start), then, for a row
/// with an end that was not inserted, an update that closes the period only while it is open. The two
/// affected-row counts tell inserted, closed and unchanged apart, which one upsert statement cannot.
/// </summary>
internal sealed class ProtectionPeriodStore(IDbContextFactory<ConsoleDbContext> factory) : IProtectionPeriodStore
{
    internal const string InsertSql =
        """
        INSERT INTO "ProtectionPeriods" ("BiosId", "VmName", "SvmId", "Start", "End")
        VALUES (@biosId, @vmName, @svmId, @start, @end)
        ON CONFLICT ("BiosId", "Start") DO NOTHING
        """;

    internal const string CloseSql =
        """
        UPDATE "ProtectionPeriods" SET "End" = @end
        WHERE "BiosId" = @biosId AND "Start" = @start AND "End" IS NULL
        """;

    public async Task<IngestionSummary> UpsertAsync(string? svmId, IReadOnlyList<IncomingPeriod> periods, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var values = SqlValues.For(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await using var insert = Command(connection, transaction, InsertSql);
        var insertBiosId = SqlValues.Add(insert, "@biosId");
        var insertVmName = SqlValues.Add(insert, "@vmName");
        var insertSvmId = SqlValues.Add(insert, "@svmId");
        var insertStart = SqlValues.Add(insert, "@start");
        var insertEnd = SqlValues.Add(insert, "@end");
        insertSvmId.Value = (object?)svmId ?? DBNull.Value;

        await using var close = Command(connection, transaction, CloseSql);
        var closeEnd = SqlValues.Add(close, "@end");
        var closeBiosId = SqlValues.Add(close, "@biosId");
        var closeStart = SqlValues.Add(close, "@start");

        int inserted = 0, closed = 0;
        foreach (var period in periods)
        {
            var biosId = values.Guid(period.BiosId);
            var start = values.Time(period.Start);
            var end = values.Time(period.End);
            insertBiosId.Value = biosId;
            insertVmName.Value = (object?)period.VmName ?? DBNull.Value;
            insertStart.Value = start;
            insertEnd.Value = end;
            if (await values.ExecuteAsync(insert, cancellationToken) == 1)
            {
                inserted++;
                continue;
            }

            if (period.End is null)
            {
                continue;
            }

            closeEnd.Value = end;
            closeBiosId.Value = biosId;
            closeStart.Value = start;
            closed += await values.ExecuteAsync(close, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new IngestionSummary(periods.Count, inserted, closed, periods.Count - inserted - closed);
    }

    public async Task<DateTime?> EarliestStartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ProtectionPeriods.MinAsync(p => (DateTime?)p.Start, cancellationToken);
    }

    public async Task<int> PurgeEndedBeforeAsync(DateTime endedBefore, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ProtectionPeriods.Where(p => p.End != null && p.End < endedBefore).ExecuteDeleteAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}

using BlazorConsole.Data.Audit;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Tests.Audit;

/// <summary>
/// The chain head lock as each provider sends it (no PostgreSQL server here: the SQL is generated, not run). The
/// PostgreSQL query must name the head's table and key columns exactly as the PostgreSQL model maps them, and lock the row.
/// </summary>
public sealed class AuditChainLockTests
{
    [Fact]
    public void HeadQuery_PostgreSql_SelectsTheHeadRowOfTheMappedTableForUpdate()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        var head = db.Model.FindEntityType(typeof(AuditChainHead))!;
        var table = head.GetTableName()!;
        var key = head.FindPrimaryKey()!.Properties.Single().GetColumnName();

        var sql = AuditLog.HeadQuery(db).ToQueryString();

        Assert.Contains($"FROM \"{table}\"", sql, StringComparison.Ordinal);
        Assert.Contains($"WHERE \"{key}\" = {AuditChainHead.SingletonId} FOR UPDATE", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadQuery_Sqlite_NeedsNoRowLock()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        var sql = AuditLog.HeadQuery(db).ToQueryString();

        Assert.DoesNotContain("FOR UPDATE", sql, StringComparison.Ordinal);
        Assert.Contains("\"AuditChainHeads\"", sql, StringComparison.Ordinal);
    }
}

using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Tests.Common;

public sealed class MigrationTests
{
    [Fact]
    public void SqliteModel_HasNoPendingChanges()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model changed: add a migration to Migrations/Sqlite.");
    }

    [Fact]
    public void PostgresModel_HasNoPendingChanges()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The PostgreSQL model changed: add a migration to Migrations/Postgres.");
    }

    [Fact]
    public async Task Migrate_FreshSqliteFile_CreatesEveryTable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"migrate-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteConsoleDbContext>().UseSqlite($"Data Source={path};Pooling=false").Options;
            await using var db = new SqliteConsoleDbContext(options);
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(0, await db.Tenants.CountAsync());
            Assert.Equal(0, await db.Tasks.CountAsync());
            Assert.Equal(0, await db.ProtectionPeriods.CountAsync());
        }
        finally
        {
            File.Delete(path);
        }
    }
}

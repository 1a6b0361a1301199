using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Tests.Common;

/// <summary>
/// A real SQLite file per test: the migrations run once per test run into a template file, and each test
/// gets its own copy of it. Dispose deletes the copy.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    public TestDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "blazorconsole-data-tests", $"{Guid.NewGuid():N}.db");
        File.Copy(Template.Value, Path);
        Options = new DbContextOptionsBuilder<SqliteConsoleDbContext>().UseSqlite($"Data Source={Path};Pooling=false").Options;
        Factory = new SqliteFactory(Options);
    }

    public string Path { get; }

    public DbContextOptions<SqliteConsoleDbContext> Options { get; }

    /// <summary>The provider-neutral factory the stores take.</summary>
    public IDbContextFactory<ConsoleDbContext> Factory { get; }

    public ConsoleDbContext CreateContext() => new SqliteConsoleDbContext(Options);

    public void Dispose() => File.Delete(Path);

    private static string CreateTemplate()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "blazorconsole-data-tests");
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, $"template-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqliteConsoleDbContext>().UseSqlite($"Data Source={path};Pooling=false").Options;
        using var db = new SqliteConsoleDbContext(options);
        db.Database.Migrate();
        return path;
    }

    private sealed class SqliteFactory(DbContextOptions<SqliteConsoleDbContext> options) : IDbContextFactory<ConsoleDbContext>
    {
        public ConsoleDbContext CreateDbContext() => new SqliteConsoleDbContext(options);
    }
}

using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Common;

/// <summary>The embedded default: one SQLite file. Times are stored as UTC ticks (compact, ordered, exact).</summary>
public sealed class SqliteConsoleDbContext(DbContextOptions<SqliteConsoleDbContext> options) : ConsoleDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcTicksConverter>();
    }
}

using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Common;

/// <summary>The scale-out store: PostgreSQL shared by several console nodes. Times are <c>timestamp with time zone</c> in UTC.</summary>
public sealed class PostgresConsoleDbContext(DbContextOptions<PostgresConsoleDbContext> options) : ConsoleDbContext(options);

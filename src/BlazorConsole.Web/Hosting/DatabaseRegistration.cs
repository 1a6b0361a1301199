using BlazorConsole.Data.Common;
using Microsoft.Data.Sqlite;

namespace BlazorConsole.Web.Hosting;

internal static class DatabaseRegistration
{
    public const string ConnectionStringName = "Console";
    public const string DefaultSqliteFile = "data/console.db";

    /// <summary>
    /// Reads <c>Database:Provider</c> and <c>ConnectionStrings:Console</c>; a relative SQLite path is
    /// resolved against the content root, so the file lands in the same place however the host is started.
    /// </summary>
    public static IServiceCollection AddConsoleDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(DatabaseOptions.SectionName).Bind(options);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={DefaultSqliteFile}" : connectionString);
            if (sqlite.DataSource != ":memory:" && !Path.IsPathRooted(sqlite.DataSource))
            {
                sqlite.DataSource = Path.Combine(environment.ContentRootPath, sqlite.DataSource);
            }

            options.ConnectionString = sqlite.ToString();
        }
        else
        {
            options.ConnectionString = connectionString
                ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required when Database:Provider is PostgreSql.");
        }

        return services.AddConsoleData(options);
    }
}

using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Data.Common;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>The <c>Database</c> section: which provider; the connection string is <c>ConnectionStrings:Console</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Resolved connection string (set by the host from <c>ConnectionStrings:Console</c>).</summary>
    [Required]
    public string ConnectionString { get; set; } = string.Empty;
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Protection;

/// <summary>
/// How raw SQL must write and read the values EF stores, per provider. SQLite (see
/// <c>SqliteConsoleDbContext</c>): a Guid is TEXT, upper-case "D" format (EF's convention), a DateTime
/// is INTEGER UTC ticks. PostgreSQL: <c>uuid</c> and <c>timestamp with time zone</c>, bound natively.
/// </summary>
internal sealed class SqlValues(bool sqlite)
{
    public bool IsSqlite { get; } = sqlite;

    public static SqlValues For(DbContext db) => new(db.Database.IsSqlite());

    public object Guid(Guid value) => IsSqlite ? UpperText(value) : value;

    public object Time(DateTime utc) => IsSqlite ? utc.Ticks : DateTime.SpecifyKind(utc, DateTimeKind.Utc);

    public object Time(DateTime? utc) => utc is { } value ? Time(value) : DBNull.Value;

    public Guid ReadGuid(DbDataReader reader, int ordinal) =>
        IsSqlite ? System.Guid.Parse(reader.GetString(ordinal)) : reader.GetGuid(ordinal);

    public DateTime ReadTime(DbDataReader reader, int ordinal) =>
        IsSqlite ? new DateTime(reader.GetInt64(ordinal), DateTimeKind.Utc) : DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);

    /// <summary>
    /// Runs a prepared non-query. Microsoft.Data.Sqlite's async call runs synchronously underneath and only
    /// adds a task per row; PostgreSQL's driver does real asynchronous I/O.
    /// </summary>
    public ValueTask<int> ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (!IsSqlite)
        {
            return new ValueTask<int>(command.ExecuteNonQueryAsync(cancellationToken));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<int>(command.ExecuteNonQuery());
    }

    /// <summary>The upper-case "D" text of a Guid in one allocation (ToString then ToUpperInvariant makes two).</summary>
    public static string UpperText(Guid value) => string.Create(36, value, static (span, id) =>
    {
        id.TryFormat(span, out _, "D");
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is >= 'a' and <= 'f')
            {
                span[i] = (char)(span[i] - ('a' - 'A'));
            }
        }
    });

    public static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}

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

    public object Guid(Guid value) => IsSqlite ? value.ToString("D").ToUpperInvariant() : value;

    public object Time(DateTime utc) => IsSqlite ? utc.Ticks : DateTime.SpecifyKind(utc, DateTimeKind.Utc);

    public object Time(DateTime? utc) => utc is { } value ? Time(value) : DBNull.Value;

    public Guid ReadGuid(DbDataReader reader, int ordinal) =>
        IsSqlite ? System.Guid.Parse(reader.GetString(ordinal)) : reader.GetGuid(ordinal);

    public DateTime ReadTime(DbDataReader reader, int ordinal) =>
        IsSqlite ? new DateTime(reader.GetInt64(ordinal), DateTimeKind.Utc) : DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);

    public static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}

using System.Diagnostics;
using System.Globalization;
using BlazorConsole.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Bench;

/// <summary>
/// The report benchmark's SQLite file, generated once and cached: 100 tenants, VMs of which one in ten
/// belongs to no tenant, and consecutive periods per VM over the last 460 days (the newest still open).
/// </summary>
internal static class BenchDatabase
{
    public static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private const int Tenants = 100;

    public static string PathFor(BenchOptions options) =>
        Path.Combine(options.DataFolder, string.Create(CultureInfo.InvariantCulture, $"report-{options.Periods}-{options.VirtualMachines}.db"));

    public static string ConnectionString(string path) => $"Data Source={path};Pooling=false";

    public static async Task<string> EnsureAsync(BenchOptions options)
    {
        var path = PathFor(options);
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building";
        File.Delete(building);
        await Migrate(building);
        var clock = Stopwatch.StartNew();
        await using (var connection = new SqliteConnection(ConnectionString(building)))
        {
            await connection.OpenAsync();
            Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            InsertTenantsAndVms(connection, transaction, options.VirtualMachines);
            InsertPeriods(connection, transaction, options);
            await transaction.CommitAsync();
            Execute(connection, "ANALYZE;");
        }

        File.Move(building, path);
        Console.WriteLine($"generated {path} in {clock.Elapsed.TotalSeconds:F1} s");
        return path;
    }

    public static async Task Migrate(string path)
    {
        var options = new DbContextOptionsBuilder<SqliteConsoleDbContext>().UseSqlite(ConnectionString(path)).Options;
        await using var db = new SqliteConsoleDbContext(options);
        await db.Database.MigrateAsync();
    }

    public static Guid BiosId(int vm) => new(vm, 0x4242, 0x4242, [0, 0, 0, 0, 0, 0, 0, 1]);

    private static void InsertTenantsAndVms(SqliteConnection connection, SqliteTransaction transaction, int vms)
    {
        using var tenant = Command(connection, transaction, "INSERT INTO \"Tenants\" (\"Id\",\"Name\",\"NameKey\",\"Type\",\"Status\",\"Created\",\"Updated\") VALUES (@id,@name,@key,'Simple','Active',@now,@now)");
        for (var t = 0; t < Tenants; t++)
        {
            Set(tenant, TenantId(t), $"Tenant {t:D3}", $"TENANT {t:D3}");
            tenant.ExecuteNonQuery();
        }

        using var vm = Command(connection, transaction, "INSERT INTO \"VirtualMachines\" (\"Id\",\"BiosId\",\"TenantId\",\"Name\",\"Created\",\"Updated\") VALUES (@id,@name,@key,@vm,@now,@now)");
        vm.Parameters.AddWithValue("@vm", string.Empty);
        for (var v = 0; v < vms; v++)
        {
            if (v % 10 == 9)
            {
                continue;
            }

            vm.Parameters["@id"].Value = Upper(Guid.NewGuid());
            vm.Parameters["@name"].Value = Upper(BiosId(v));
            vm.Parameters["@key"].Value = Upper(TenantId(v % Tenants));
            vm.Parameters["@vm"].Value = $"vm-{v:D6}";
            vm.Parameters["@now"].Value = Now.Ticks;
            vm.ExecuteNonQuery();
        }
    }

    private static void InsertPeriods(SqliteConnection connection, SqliteTransaction transaction, BenchOptions options)
    {
        using var insert = Command(connection, transaction, "INSERT INTO \"ProtectionPeriods\" (\"BiosId\",\"VmName\",\"SvmId\",\"Start\",\"End\") VALUES (@b,@n,'svm-bench',@s,@e)");
        var b = insert.Parameters.Add("@b", SqliteType.Text);
        var n = insert.Parameters.Add("@n", SqliteType.Text);
        var s = insert.Parameters.Add("@s", SqliteType.Integer);
        var e = insert.Parameters.Add("@e", SqliteType.Integer);
        insert.Prepare();
        var perVm = Math.Max(1, options.Periods / options.VirtualMachines);
        var history = TimeSpan.FromDays(460).Ticks;
        var slot = history / perVm;
        var first = Now.Ticks - history;
        for (var v = 0; v < options.VirtualMachines; v++)
        {
            b.Value = Upper(BiosId(v));
            n.Value = $"vm-{v:D6}";
            var offset = (long)(v * 7919L % 3600) * TimeSpan.TicksPerSecond;
            for (var i = 0; i < perVm; i++)
            {
                var start = first + (i * slot) + offset;
                s.Value = start;
                e.Value = i == perVm - 1 ? DBNull.Value : start + (slot * 8 / 10);
                insert.ExecuteNonQuery();
            }
        }
    }

    private static Guid TenantId(int t) => new(t, 0x7e7e, 0x7e7e, [0, 0, 0, 0, 0, 0, 0, 2]);

    private static string Upper(Guid id) => id.ToString("D").ToUpperInvariant();

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in new[] { "@id", "@name", "@key", "@now" })
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, string.Empty);
            }
        }

        return command;
    }

    private static void Set(SqliteCommand command, Guid id, string name, string key)
    {
        command.Parameters["@id"].Value = Upper(id);
        command.Parameters["@name"].Value = name;
        command.Parameters["@key"].Value = key;
        command.Parameters["@now"].Value = Now.Ticks;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

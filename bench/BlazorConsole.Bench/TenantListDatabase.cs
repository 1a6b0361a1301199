using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BlazorConsole.Bench;

/// <summary>
/// The tenant list benchmark's SQLite file, generated once per size and cached: N tenants (half active, a third
/// complete) with 10 VMs each, created over the last N minutes, then ANALYZE.
/// </summary>
internal static class TenantListDatabase
{
    public const int VmsPerTenant = 10;

    public static string PathFor(string folder, int tenants) =>
        Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"tenant-list-{tenants}.db"));

    public static async Task<string> EnsureAsync(string folder, int tenants)
    {
        Directory.CreateDirectory(folder);
        var path = PathFor(folder, tenants);
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building";
        File.Delete(building);
        await BenchDatabase.Migrate(building);
        var clock = Stopwatch.StartNew();
        await using (var connection = new SqliteConnection(BenchDatabase.ConnectionString(building)))
        {
            await connection.OpenAsync();
            Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            Insert(connection, transaction, tenants);
            await transaction.CommitAsync();
            Execute(connection, "ANALYZE;");
        }

        File.Move(building, path);
        Console.WriteLine($"generated {path} in {clock.Elapsed.TotalSeconds:F1} s");
        return path;
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, int tenants)
    {
        using var tenant = connection.CreateCommand();
        tenant.Transaction = transaction;
        tenant.CommandText = "INSERT INTO \"Tenants\" (\"Id\",\"Name\",\"NameKey\",\"Description\",\"Type\",\"Status\",\"Created\",\"Updated\") VALUES (@id,@name,@key,@description,@type,@status,@created,@created)";
        var id = tenant.Parameters.Add("@id", SqliteType.Text);
        var name = tenant.Parameters.Add("@name", SqliteType.Text);
        var key = tenant.Parameters.Add("@key", SqliteType.Text);
        var description = tenant.Parameters.Add("@description", SqliteType.Text);
        var type = tenant.Parameters.Add("@type", SqliteType.Text);
        var status = tenant.Parameters.Add("@status", SqliteType.Text);
        var created = tenant.Parameters.Add("@created", SqliteType.Integer);
        tenant.Prepare();

        using var vm = connection.CreateCommand();
        vm.Transaction = transaction;
        vm.CommandText = "INSERT INTO \"VirtualMachines\" (\"Id\",\"BiosId\",\"TenantId\",\"Name\",\"Created\",\"Updated\") VALUES (@id,@bios,@tenant,@name,@created,@created)";
        var vmId = vm.Parameters.Add("@id", SqliteType.Text);
        var bios = vm.Parameters.Add("@bios", SqliteType.Text);
        var owner = vm.Parameters.Add("@tenant", SqliteType.Text);
        var vmName = vm.Parameters.Add("@name", SqliteType.Text);
        var vmCreated = vm.Parameters.Add("@created", SqliteType.Integer);
        vm.Prepare();

        var start = BenchDatabase.Now.Ticks - (tenants * TimeSpan.TicksPerMinute);
        for (var t = 0; t < tenants; t++)
        {
            var tenantId = Upper(Guid.NewGuid());
            var tenantName = string.Create(CultureInfo.InvariantCulture, $"Tenant {t:D6}");
            id.Value = tenantId;
            name.Value = tenantName;
            key.Value = tenantName.ToUpperInvariant();
            description.Value = string.Create(CultureInfo.InvariantCulture, $"Customer number {t}");
            type.Value = t % 3 == 0 ? "Complete" : "Simple";
            status.Value = t % 2 == 0 ? "Active" : "Inactive";
            created.Value = start + (t * TimeSpan.TicksPerMinute);
            tenant.ExecuteNonQuery();
            for (var v = 0; v < VmsPerTenant; v++)
            {
                vmId.Value = Upper(Guid.NewGuid());
                bios.Value = Upper(Guid.NewGuid());
                owner.Value = tenantId;
                vmName.Value = string.Create(CultureInfo.InvariantCulture, $"vm-{t:D6}-{v}");
                vmCreated.Value = created.Value;
                vm.ExecuteNonQuery();
            }
        }
    }

    private static string Upper(Guid id) => id.ToString("D").ToUpperInvariant();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

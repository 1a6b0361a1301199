using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace BlazorConsole.Bench;

/// <summary>
/// (b) Ingestion through POST /protection-periods in batches of 10,000 (real endpoint, Kestrel, HttpClient)
/// against a raw Microsoft.Data.Sqlite insert loop in one transaction on a fresh migrated file. Target ≥ 0.5×.
/// </summary>
internal static class IngestionBench
{
    private const int BatchSize = 10_000;

    public static async Task RunAsync(BenchOptions options)
    {
        var total = options.Quick ? 100_000 : (int)Math.Min(options.Periods, 1_000_000);
        var vms = Math.Max(1, total / 100);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingesting {total:N0} periods of {vms:N0} VMs in batches of {BatchSize:N0}"));

        var raw = await RawAsync(options, total, vms);
        var rest = await RestAsync(total, vms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw insert {total / raw.TotalSeconds:N0} rows/s, REST {total / rest.TotalSeconds:N0} rows/s, ratio {raw / rest:F2}x of raw (target >= 0.5x)"));
    }

    private static async Task<TimeSpan> RestAsync(int total, int vms)
    {
        using var host = new BenchHost();
        var address = host.Start();
        using var client = BenchHost.Client(address);
        var bodies = new List<byte[]>();
        for (var first = 0; first < total; first += BatchSize)
        {
            bodies.Add(Batch(first, Math.Min(BatchSize, total - first), vms));
        }

        var clock = Stopwatch.StartNew();
        foreach (var body in bodies)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/xml");
            using var response = await client.PostAsync("/api/2.0/virtualization/protection-periods", content);
            response.EnsureSuccessStatusCode();
        }

        return clock.Elapsed;
    }

    private static async Task<TimeSpan> RawAsync(BenchOptions options, int total, int vms)
    {
        var path = Path.Combine(options.DataFolder, $"ingest-raw-{Guid.NewGuid():N}.db");
        await BenchDatabase.Migrate(path);
        try
        {
            var clock = Stopwatch.StartNew();
            await using var connection = new SqliteConnection(BenchDatabase.ConnectionString(path));
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO \"ProtectionPeriods\" (\"BiosId\",\"VmName\",\"SvmId\",\"Start\",\"End\") VALUES (@b,@n,'svm-bench',@s,@e)";
            var b = insert.Parameters.Add("@b", SqliteType.Text);
            var n = insert.Parameters.Add("@n", SqliteType.Text);
            var s = insert.Parameters.Add("@s", SqliteType.Integer);
            var e = insert.Parameters.Add("@e", SqliteType.Integer);
            insert.Prepare();
            for (var i = 0; i < total; i++)
            {
                var (biosId, start) = Row(i, vms);
                b.Value = biosId.ToString("D").ToUpperInvariant();
                n.Value = $"vm-{i % vms:D6}";
                s.Value = start.Ticks;
                e.Value = start.AddHours(1).Ticks;
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
            return clock.Elapsed;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static (Guid BiosId, DateTime Start) Row(int i, int vms) =>
        (BenchDatabase.BiosId(i % vms), BenchDatabase.Now.AddDays(-460).AddHours(2.0 * (i / vms)));

    private static byte[] Batch(int first, int count, int vms)
    {
        var xml = new StringBuilder(count * 140);
        xml.Append("<protectionPeriods svmId=\"svm-bench\">");
        for (var i = first; i < first + count; i++)
        {
            var (biosId, start) = Row(i, vms);
            xml.Append(CultureInfo.InvariantCulture, $"<period biosId=\"{biosId}\" vmName=\"vm-{i % vms:D6}\" start=\"{start:yyyy-MM-ddTHH:mm:ss}\" end=\"{start.AddHours(1):yyyy-MM-ddTHH:mm:ss}\"/>");
        }

        xml.Append("</protectionPeriods>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}

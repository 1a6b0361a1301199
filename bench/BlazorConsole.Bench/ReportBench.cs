using System.Diagnostics;
using System.Globalization;
using BlazorConsole.Core.Reports;
using BlazorConsole.Data.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Bench;

/// <summary>
/// (a) A 30-day report over the generated file: our row source and CSV writer against <c>sqlite3 -csv</c>
/// running the same query (clipped and formatted in SQL, so both write the same lines). Target: ≤ 1.5×
/// sqlite3's time and &lt; 150 MB peak memory growth.
/// </summary>
internal static class ReportBench
{
    private const long UnixEpochTicks = 621355968000000000;

    public static async Task RunAsync(BenchOptions options)
    {
        var path = await BenchDatabase.EnsureAsync(options);
        var range = new ReportRange(BenchDatabase.Now.AddDays(-30), BenchDatabase.Now);
        var sql = SqliteSql(range);
        await File.WriteAllTextAsync(Path.Combine(options.DataFolder, "report-query.sql"), sql);
        Console.WriteLine("EXPLAIN QUERY PLAN:");
        Console.WriteLine(await Sqlite3Async(path, "EXPLAIN QUERY PLAN " + sql, null));

        // warm the OS file cache once for both contenders
        await Sqlite3Async(path, sql, Path.Combine(options.DataFolder, "warm.csv"));

        var ours = await OursAsync(path, range, Path.Combine(options.DataFolder, "report-ours.csv"));
        var clock = Stopwatch.StartNew();
        var sqliteOut = Path.Combine(options.DataFolder, "report-sqlite3.csv");
        await Sqlite3Async(path, sql, sqliteOut);
        var sqlite = clock.Elapsed;

        var sqliteLines = File.ReadLines(sqliteOut).LongCount();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report rows: ours {ours.Rows:N0}, sqlite3 {sqliteLines:N0}; file {new FileInfo(Path.Combine(options.DataFolder, "report-ours.csv")).Length / 1048576.0:F1} MiB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ours {ours.Elapsed.TotalSeconds:F2} s, sqlite3 -csv {sqlite.TotalSeconds:F2} s, ratio {ours.Elapsed / sqlite:F2}x (target <= 1.5x)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory growth: peak working set +{ours.PeakGrowth / 1048576.0:F1} MB, managed heap +{ours.HeapGrowth / 1048576.0:F1} MB (target < 150 MB)"));
    }

    private static async Task<(TimeSpan Elapsed, long Rows, long PeakGrowth, long HeapGrowth)> OursAsync(string path, ReportRange range, string output)
    {
        var services = new ServiceCollection().AddConsoleData(new DatabaseOptions { ConnectionString = BenchDatabase.ConnectionString(path) }).BuildServiceProvider();
        await using var _ = services;
        var source = services.GetRequiredService<IReportRowSource>();
        using var process = Process.GetCurrentProcess();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;
        long heapMax = heapBefore;
        var clock = Stopwatch.StartNew();
        long rows;
        await using (var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            await using var writer = new ReportCsvWriter(file, range);
            await foreach (var row in source.StreamAsync(new ReportQuery(null, range), default))
            {
                writer.Write(row);
                if ((writer.Rows & 0xFFFF) == 0)
                {
                    heapMax = Math.Max(heapMax, GC.GetTotalMemory(false));
                }
            }

            await writer.FlushAsync(default);
            rows = writer.Rows;
        }

        var elapsed = clock.Elapsed;
        process.Refresh();
        return (elapsed, rows, process.PeakWorkingSet64 - peakBefore, heapMax - heapBefore);
    }

    private static string SqliteSql(ReportRange range)
    {
        var from = range.From.Ticks.ToString(CultureInfo.InvariantCulture);
        var to = range.To.Ticks.ToString(CultureInfo.InvariantCulture);
        var epoch = UnixEpochTicks.ToString(CultureInfo.InvariantCulture);
        return $"""
            SELECT lower(v."TenantId"), t."Name", lower(p."BiosId"), COALESCE(p."VmName", v."Name"),
              strftime('%Y-%m-%dT%H:%M:%S', (max(p."Start", {from}) - {epoch}) / 10000000, 'unixepoch'),
              strftime('%Y-%m-%dT%H:%M:%S', (min(COALESCE(p."End", {to}), {to}) - {epoch}) / 10000000, 'unixepoch')
            FROM "ProtectionPeriods" AS p
            LEFT JOIN "VirtualMachines" AS v ON v."BiosId" = p."BiosId"
            LEFT JOIN "Tenants" AS t ON t."Id" = v."TenantId"
            WHERE +p."Start" < {to} AND (p."End" IS NULL OR p."End" > {from})
            ORDER BY +p."Start", p."BiosId";
            """;
    }

    private static async Task<string> Sqlite3Async(string database, string sql, string? output)
    {
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, sql);
        try
        {
            var redirect = output is null ? string.Empty : $" > '{output}'";
            var start = new ProcessStartInfo("/bin/sh", ["-c", $"sqlite3 -csv -separator ';' '{database}' < '{script}'{redirect}"])
            {
                RedirectStandardOutput = output is null,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 did not start.");
            var text = output is null ? await process.StandardOutput.ReadToEndAsync() : string.Empty;
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? text : throw new InvalidOperationException($"sqlite3 exited with {process.ExitCode}.");
        }
        finally
        {
            File.Delete(script);
        }
    }
}

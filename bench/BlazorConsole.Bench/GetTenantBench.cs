using System.Diagnostics;
using System.Globalization;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Bench;

/// <summary>
/// (c) GET /tenants/{id} with Basic auth against a bare endpoint that returns the same bytes, on the same
/// host with the same client (4 concurrent callers). Target ≥ 0.5×. Needs the tenant API and Basic auth.
/// </summary>
internal static class GetTenantBench
{
    private const int Callers = 4;
    private const int WarmUpRounds = 4;
    private const int MeasuredRounds = 3;

    public static async Task RunAsync(BenchOptions options)
    {
        var requests = options.Quick ? 2_000 : 20_000;
        using var host = new BenchHost();
        var address = host.Start();
        using var client = BenchHost.Client(address);
        var tenantId = await AddTenantAsync(host);
        var url = $"/api/2.0/virtualization/tenants/{tenantId}";
        using (var probe = await client.GetAsync(url))
        {
            if (!probe.IsSuccessStatusCode)
            {
                Console.WriteLine($"skipped: GET {url} answered {(int)probe.StatusCode}; the tenant API or Basic auth is not in this build");
                return;
            }

            host.BareBody = await probe.Content.ReadAsByteArrayAsync();
        }

        // warm-up: both sides alternately, long enough for tiered JIT to reach tier 1 on every hot method of the
        // real path (a short warm-up left the real side, measured first, on tier-0 code while bare profited)
        for (var round = 0; round < WarmUpRounds; round++)
        {
            await RunAsync(client, url, requests / 4);
            await RunAsync(client, "/bench/bare", requests / 4);
        }

        // measured: alternating rounds of the same request count, the median of each side
        var real = new List<TimeSpan>();
        var bare = new List<TimeSpan>();
        for (var round = 0; round < MeasuredRounds; round++)
        {
            real.Add(await RunAsync(client, url, requests));
            bare.Add(await RunAsync(client, "/bench/bare", requests));
        }

        var realMedian = Median(real);
        var bareMedian = Median(bare);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GET /tenants/{{id}} {requests / realMedian.TotalSeconds:N0} req/s, bare {requests / bareMedian.TotalSeconds:N0} req/s, ratio {bareMedian / realMedian:F2}x of bare (target >= 0.5x; median of {MeasuredRounds} alternating rounds)"));
        if (options.Splits)
        {
            await GetTenantSplits.RunAsync(host, client, tenantId, requests);
        }
    }

    private static async Task<TimeSpan> RunAsync(HttpClient client, string url, int requests)
    {
        var clock = Stopwatch.StartNew();
        var remaining = requests;
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                using var response = await client.GetAsync(url);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            }
        }));
        return clock.Elapsed;
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static async Task<Guid> AddTenantAsync(BenchHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = "Bench tenant", Description = "GET benchmark", Created = DateTime.UtcNow, Updated = DateTime.UtcNow };
        db.Tenants.Add(tenant);
        db.Entry(tenant).Property("NameKey").CurrentValue = "BENCH TENANT";
        await db.SaveChangesAsync();
        return tenant.Id;
    }
}

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

        await RunAsync(client, url, requests / 10);
        await RunAsync(client, "/bench/bare", requests / 10);
        var real = await RunAsync(client, url, requests);
        var bare = await RunAsync(client, "/bench/bare", requests);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GET /tenants/{{id}} {requests / real.TotalSeconds:N0} req/s, bare {requests / bare.TotalSeconds:N0} req/s, ratio {bare / real:F2}x of bare (target >= 0.5x)"));
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

using System.Diagnostics;
using System.Globalization;
using BlazorConsole.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Bench;

/// <summary>Where a GET /tenants/{id} spends its time: the same host, the same 4 callers, one part at a time.</summary>
internal static class GetTenantSplits
{
    private const int Callers = 4;

    public static async Task RunAsync(BenchHost host, HttpClient client, Guid tenantId, int requests)
    {
        var store = host.Services.GetRequiredService<ITenantStore>();
        await TimeAsync(requests / 10, () => store.GetAsync(tenantId, CancellationToken.None));
        var storeTime = await TimeAsync(requests, () => store.GetAsync(tenantId, CancellationToken.None));
        Report("ITenantStore.GetAsync in process", requests, storeTime);

        var unknown = "/api/2.0/virtualization/no-such-resource";
        await TimeAsync(requests / 10, () => client.GetAsync(unknown));
        var unknownTime = await TimeAsync(requests, async () => { using var r = await client.GetAsync(unknown); await r.Content.ReadAsByteArrayAsync(); });
        Report("authenticated unknown API path (auth + routing)", requests, unknownTime);

        foreach (var (what, url) in new[] { ("non-GUID tenant id (auth + handler + XML error)", "/api/2.0/virtualization/tenants/x"), ("unknown tenant GUID (+ store miss)", $"/api/2.0/virtualization/tenants/{Guid.NewGuid()}"), ("real", $"/api/2.0/virtualization/tenants/{tenantId}") })
        {
            await TimeAsync(requests / 10, async () => { using var r = await client.GetAsync(url); await r.Content.ReadAsByteArrayAsync(); });
            var time = await TimeAsync(requests, async () => { using var r = await client.GetAsync(url); await r.Content.ReadAsByteArrayAsync(); });
            Report(what, requests, time);
        }
    }

    private static void Report(string what, int requests, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: {requests / elapsed.TotalSeconds:N0}/s"));

    private static async Task<TimeSpan> TimeAsync(int count, Func<Task> call)
    {
        var clock = Stopwatch.StartNew();
        var remaining = count;
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await call();
            }
        }));
        return clock.Elapsed;
    }
}

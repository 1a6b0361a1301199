using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Data.Common;
using BlazorConsole.Web.Components.Pages.Tenants;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using MudBlazor.Services;

namespace BlazorConsole.Bench;

/// <summary>
/// The tenant list at 1,000 and at 100,000 tenants (10 VMs each): the first page's query as the page runs it
/// (count + 25 rows with their VM counts, default order, through the product's store), the same for the
/// heaviest views (sorted by VM count, searched), and the first page's query plus the render of the grid.
/// Target: 100,000 / 1,000 ≤ 2 for the default view's query and first render.
/// <c>dotnet run -c Release --project bench/BlazorConsole.Bench -- --filter *TenantListBench*</c>
/// </summary>
[Config(typeof(TenantListBenchConfig))]
public class TenantListBench
{
    private ServiceProvider _services = null!;
    private ITenantStore _store = null!;
    private HtmlRenderer _renderer = null!;

    [Params(1_000, 100_000)]
    public int Tenants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("BENCH_DATA") ?? Path.Combine(Path.GetTempPath(), "blazorconsole-bench");
        var path = TenantListDatabase.EnsureAsync(folder, Tenants).GetAwaiter().GetResult();
        var services = new ServiceCollection()
            .AddConsoleData(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path};Mode=ReadOnly" })
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<IJSRuntime, NoJavaScript>()
            .AddSingleton(TimeProvider.System);
        services.AddMudServices();
        _services = services.BuildServiceProvider();
        _store = _services.GetRequiredService<ITenantStore>();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _services.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> Query() => CountAsync(new TenantListView(null, null, null, TenantSort.Name, false, 0));

    [Benchmark]
    public Task<int> QueryDescending() => CountAsync(new TenantListView(null, null, null, TenantSort.Name, true, 0));

    [Benchmark]
    public Task<int> QueryFilteredByStatus() => CountAsync(new TenantListView(null, TenantStatus.Active, null, TenantSort.Name, false, 0));

    [Benchmark]
    public Task<int> QueryByVmCount() => CountAsync(new TenantListView(null, null, null, TenantSort.VmCount, true, 0));

    [Benchmark]
    public Task<int> QuerySearch() => CountAsync(new TenantListView("000 12", null, null, TenantSort.Name, false, 0));

    [Benchmark]
    public async Task<int> FirstRender()
    {
        var page = await _store.ListAsync(TenantListView.Default.ToQuery(TenantListPage.PageSize), CancellationToken.None);
        IReadOnlyList<TenantRow> rows = [.. page.Items.Select(TenantRow.From)];
        var html = await _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TenantListGrid>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(TenantListGrid.Rows)] = rows }));
            return output.ToHtmlString();
        });
        return html.Length;
    }

    private async Task<int> CountAsync(TenantListView view)
    {
        var page = await _store.ListAsync(view.ToQuery(TenantListPage.PageSize), CancellationToken.None);
        return page.Items.Count + page.Total;
    }

    /// <summary>Static rendering runs no JavaScript; a component that calls it during render would fail loudly.</summary>
    private sealed class NoJavaScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"No JavaScript during static rendering ({identifier}).");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException($"No JavaScript during static rendering ({identifier}).");
    }
}

/// <summary>One short in-process job (no generated project to build), with allocations.</summary>
internal sealed class TenantListBenchConfig : ManualConfig
{
    public TenantListBenchConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

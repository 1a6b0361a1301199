using BenchmarkDotNet.Running;

namespace BlazorConsole.Bench;

/// <summary>
/// <c>report</c>, <c>ingest</c> and <c>get-tenant</c> are Stopwatch drivers (whole-system runs that
/// BenchmarkDotNet's repeated micro-iterations do not fit); anything else goes to BenchmarkDotNet.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        switch (options.Command)
        {
            case "report":
                await ReportBench.RunAsync(options);
                return 0;
            case "ingest":
                await IngestionBench.RunAsync(options);
                return 0;
            case "get-tenant":
                await GetTenantBench.RunAsync(options);
                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
                return 0;
        }
    }
}

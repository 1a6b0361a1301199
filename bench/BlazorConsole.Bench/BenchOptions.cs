using System.Globalization;

namespace BlazorConsole.Bench;

/// <summary><c>{command} [--quick] [--periods N] [--vms N] [--data DIR] [--splits]</c>.</summary>
internal sealed record BenchOptions(string Command, bool Quick, long Periods, int VirtualMachines, string DataFolder, bool Splits = false)
{
    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var periods = Value(args, "--periods") is { } p ? long.Parse(p, CultureInfo.InvariantCulture) : quick ? 200_000 : 10_000_000;
        var vms = Value(args, "--vms") is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : quick ? 2_000 : 100_000;
        var data = Value(args, "--data") ?? Path.Combine(Path.GetTempPath(), "blazorconsole-bench");
        Directory.CreateDirectory(data);
        return new BenchOptions(args.FirstOrDefault() ?? string.Empty, quick, periods, vms, data, args.Contains("--splits"));
    }

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

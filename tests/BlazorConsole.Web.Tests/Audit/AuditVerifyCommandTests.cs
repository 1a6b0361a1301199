using BlazorConsole.Core.Audit;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Audit;

/// <summary>The <c>verify-audit</c> command, run through the console's own entry point on a real database file.</summary>
public sealed class AuditVerifyCommandTests : IDisposable
{
    private static readonly Lock ConsoleGate = new();
    private readonly ConsoleFactory _factory = new();

    [Fact]
    public async Task VerifyAudit_IntactChain_ExitsZero()
    {
        await RecordAsync(3);

        var (exitCode, output) = Run();

        Assert.Equal(0, exitCode);
        Assert.Contains("intact", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAudit_RowEditedInTheFile_ExitsOneNamingTheEntry()
    {
        var entries = await RecordAsync(3);
        var edited = entries[1].Sequence;

        await using (var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE AuditEntries SET TargetName = 'forged' WHERE Sequence = {edited}";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var (exitCode, output) = Run();

        Assert.Equal(1, exitCode);
        Assert.Contains($"entry #{edited}", output, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<List<AuditEntry>> RecordAsync(int count)
    {
        var audit = _factory.Services.GetRequiredService<AuditService>();
        var entries = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
        {
            entries.Add(await audit.RecordAsync("test.recorded", new AuditTarget("Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), null, CancellationToken.None));
        }

        return entries;
    }

    private (int ExitCode, string Output) Run()
    {
        string[] args =
        [
            "verify-audit",
            "--environment=Development",
            $"--Storage:DataFolder={_factory.DataFolder}",
            $"--ConnectionStrings:Console=Data Source={_factory.DatabasePath};Pooling=false",
            "--Server:HttpsPort=0",
            "--Sandbox:Enabled=false",
        ];
        var entryPoint = typeof(Program).Assembly.EntryPoint!;
        lock (ConsoleGate)
        {
            var original = Console.Out;
            using var output = new StringWriter();
            Console.SetOut(output);
            try
            {
                var result = entryPoint.Invoke(null, [args]);
                var exitCode = result is Task<int> task ? task.GetAwaiter().GetResult() : (int)result!;
                return (exitCode, output.ToString());
            }
            finally
            {
                Console.SetOut(original);
            }
        }
    }
}

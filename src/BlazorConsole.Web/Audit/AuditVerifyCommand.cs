using BlazorConsole.Core.Audit;
using BlazorConsole.Data.Common;

namespace BlazorConsole.Web.Audit;

/// <summary>
/// <c>verify-audit</c>: applies pending migrations, verifies the audit chain, prints the outcome and returns the
/// exit code (0 intact, 1 broken, naming the first broken entry); the web host is not started.
/// </summary>
public static class AuditVerifyCommand
{
    public const string Name = "verify-audit";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    public static async Task<int> RunAsync(WebApplication app, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        var stopping = app.Lifetime.ApplicationStopping;
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(stopping);
        var result = await app.Services.GetRequiredService<AuditService>().VerifyAsync(stopping);
        await output.WriteLineAsync(result.Message);
        return result.IsIntact ? 0 : 1;
    }
}

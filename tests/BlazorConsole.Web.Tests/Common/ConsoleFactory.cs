using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Common;

/// <summary>
/// The whole console over real HTTP (in-memory test server) on a fresh, migrated SQLite file in its own
/// data folder. Extra settings go in <see cref="Settings"/> before the first request.
/// </summary>
public sealed class ConsoleFactory : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Test-Passw0rd!";

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "blazorconsole-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(DataFolder, "console.db");

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The hosting environment; Development unless a test checks production behaviour.</summary>
    public string Environment { get; set; } = "Development";

    /// <summary>Service replacements applied after the console's own registrations.</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataFolder);
        builder.UseEnvironment(Environment);
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("ConnectionStrings:Console", $"Data Source={DatabasePath};Pooling=false");
        builder.UseSetting("Server:HttpsPort", "0");
        builder.UseSetting("Bootstrap:AdminUserName", AdminUserName);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Access:SignInRateLimit:PermitLimit", "1000"); // many flows sign in from 127.0.0.1; SignInRateLimitTests lowers it

        // the simulators start only in the tests that ask for them (Settings["Sandbox:Enabled"] = "true")
        builder.UseSetting("Sandbox:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => TestServices.ForEach(configure => configure(services)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by the OS; the temp folder is cleaned by the system
        }
    }
}

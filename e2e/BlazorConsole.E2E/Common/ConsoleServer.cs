using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.E2E.Common;

/// <summary>
/// The real console on Kestrel (127.0.0.1, a free port) over a fresh data folder and SQLite file,
/// with a known bootstrap administrator.
/// </summary>
public sealed class ConsoleServer : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "E2e-Passw0rd!x";

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "blazorconsole-e2e", Guid.NewGuid().ToString("N"));

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Extra settings, given before <see cref="Start"/>.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Service additions applied after the console's own registrations, given before <see cref="Start"/>.</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

    /// <summary>Starts Kestrel and learns the address it bound.</summary>
    public void Start()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataFolder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("ConnectionStrings:Console", $"Data Source={Path.Combine(DataFolder, "console.db")};Pooling=false");
        builder.UseSetting("Server:HttpsPort", "0");
        builder.UseSetting("Bootstrap:AdminUserName", AdminUserName);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Access:SignInRateLimit:PermitLimit", "1000"); // many flows sign in from 127.0.0.1; SignInRateLimitTests lowers it
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
            // a file still held open; the temp folder is cleaned by the system
        }
    }
}

using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Bench;

/// <summary>The real console on Kestrel at 127.0.0.1 (free port), on a fresh SQLite file, protection reports enabled.</summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Bench-Passw0rd!";

    /// <summary>Served before routing by the bare endpoint of the GET /tenants/{id} comparison.</summary>
    public byte[] BareBody { get; set; } = [];

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "blazorconsole-bench", "host-" + Guid.NewGuid().ToString("N"));

    public Uri Start()
    {
        // the bench runs from its own bin folder, not from a test project's solution-relative layout
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BLAZORCONSOLE_WEB", AppContext.BaseDirectory);
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    public static HttpClient Client(Uri baseAddress)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AdminUserName}:{AdminPassword}")));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets();
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Storage:DataFolder", Folder);
        builder.UseSetting("ConnectionStrings:Console", $"Data Source={Path.Combine(Folder, "console.db")}");
        builder.UseSetting("Multitenancy:EnableProtectionReports", "true");
        builder.UseSetting("Bootstrap:AdminUserName", AdminUserName);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new BareEndpointFilter(this)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // left to the system's temp cleanup
        }
    }
}

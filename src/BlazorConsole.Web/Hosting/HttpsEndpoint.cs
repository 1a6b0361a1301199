using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Hosting;

/// <summary>The certificate this process serves, loaded once on first use and shared by Kestrel and the start-up log.</summary>
internal sealed class HttpsEndpoint(
    HttpsCertificateSource source,
    IOptions<ServerOptions> server,
    IConfiguration configuration,
    IHostEnvironment environment) : IDisposable
{
    private readonly Lazy<X509Certificate2> _certificate = new(() =>
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        return source.Load(server.Value, storage.ResolveDataFolder(environment.ContentRootPath));
    });

    public X509Certificate2 Certificate => _certificate.Value;

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value.Dispose();
        }
    }
}

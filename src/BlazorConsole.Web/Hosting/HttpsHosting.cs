using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Hosting;

/// <summary>Kestrel on <c>Server:HttpsPort</c> with the console's certificate, and the start-up line naming the URL.</summary>
internal static partial class HttpsHosting
{
    public static WebApplicationBuilder AddConsoleHttps(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ServerOptions>()
            .BindConfiguration(ServerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<HttpsCertificateSource>();
        builder.Services.AddSingleton<HttpsEndpoint>();

        var server = builder.Configuration.GetSection(ServerOptions.SectionName).Get<ServerOptions>() ?? new ServerOptions();
        if (server.HttpsPort == 0)
        {
            return builder;
        }

        var address = ParseAddress(server.ListenAddress);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var endpoint = kestrel.ApplicationServices.GetRequiredService<HttpsEndpoint>();
            var certificate = endpoint.Certificate;
            kestrel.Listen(address, server.HttpsPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(certificate);
            });
        });
        return builder;
    }

    /// <summary>Logs the URL and the certificate's SHA-256 thumbprint once the server listens.</summary>
    public static WebApplication AnnounceHttps(this WebApplication app)
    {
        var server = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
        if (server.HttpsPort == 0)
        {
            return app;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var endpoint = app.Services.GetRequiredService<HttpsEndpoint>();
            var host = ParseAddress(server.ListenAddress) is var ip && (IPAddress.Any.Equals(ip) || IPAddress.IsLoopback(ip)) ? "localhost" : server.ListenAddress;
            var url = string.Create(CultureInfo.InvariantCulture, $"https://{host}:{server.HttpsPort}/");
            LogListening(app.Logger, url, endpoint.Certificate.GetCertHashString(HashAlgorithmName.SHA256), endpoint.Certificate.NotAfter.ToUniversalTime());
        });
        return app;
    }

    private static IPAddress ParseAddress(string listenAddress) => listenAddress.Trim().ToLowerInvariant() switch
    {
        "" or "*" or "any" or "0.0.0.0" => IPAddress.Any,
        "localhost" => IPAddress.Loopback,
        var text when IPAddress.TryParse(text, out var ip) => ip,
        _ => throw new InvalidOperationException($"Server:ListenAddress '{listenAddress}' is not an IP address, 'localhost' or 'any'."),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "BlazorConsole is listening on {Url} (certificate SHA-256 thumbprint {Thumbprint}, valid until {NotAfter:u})")]
    private static partial void LogListening(ILogger logger, string url, string thumbprint, DateTime notAfter);
}

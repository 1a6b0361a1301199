using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Sandbox.Common;

/// <summary>
/// A Kestrel server on 127.0.0.1 (a free port) speaking HTTPS with a self-signed <see cref="SandboxCertificate"/>,
/// the host of the simulators: each maps its routes through the callback given to <see cref="StartAsync"/>.
/// It always serves <c>GET /healthz</c> → 200 <c>ok</c>. The certificate can be replaced while it runs
/// (<see cref="RotateCertificate()"/>); like a restarted server, it then closes the connections already open, so
/// every client meets the new certificate on its next request. <see cref="DropConnections"/> closes them on demand.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<X509Certificate2> _ownedCertificates = [];
    private readonly Lock _rotation = new();
    private readonly ConcurrentDictionary<string, ConnectionContext> _connections = new();
    private X509Certificate2 _certificate;

    private SandboxServer(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        _certificate = certificate;
        _ownedCertificates.Add(certificate);
    }

    /// <summary>Root address, e.g. <c>https://127.0.0.1:45123/</c> (ends with a slash).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The certificate served to new connections.</summary>
    public X509Certificate2 Certificate => Volatile.Read(ref _certificate);

    /// <summary>
    /// Starts a server with a new certificate and the routes <paramref name="mapRoutes"/> adds. The server owns
    /// its certificates and disposes them with itself.
    /// </summary>
    public static async Task<SandboxServer> StartAsync(Action<WebApplication>? mapRoutes = null, CancellationToken cancellationToken = default)
    {
        // An empty builder: no appsettings, environment variables or command line of the hosting process (the
        // console's Kestrel endpoints or ASPNETCORE_URLS must not leak into the simulator), no log providers.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();

        SandboxServer? server = null;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Use(next => connection => server!.TrackAsync(connection, next));
            listen.UseHttps(https => https.ServerCertificateSelector = (_, _) => server!.Certificate);
        }));

        var app = builder.Build();
        server = new SandboxServer(app, SandboxCertificate.Create());
        app.MapGet("/healthz", () => Results.Text("ok"));
        mapRoutes?.Invoke(app);

        try
        {
            await app.StartAsync(cancellationToken);
            var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            server.BaseAddress = new Uri(addresses.Addresses.First().TrimEnd('/') + "/");
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Replaces the served certificate with a new one (same names, new key) and returns it.</summary>
    public X509Certificate2 RotateCertificate() => RotateCertificate(SandboxCertificate.Create());

    /// <summary>Number of TCP connections open now.</summary>
    public int OpenConnections => _connections.Count;

    /// <summary>
    /// Serves <paramref name="next"/> (which must hold its private key) to new connections and closes the connections
    /// already open (they were authenticated with the old certificate); the server takes ownership of it.
    /// </summary>
    public X509Certificate2 RotateCertificate(X509Certificate2 next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (!next.HasPrivateKey)
        {
            throw new ArgumentException("A server certificate needs its private key.", nameof(next));
        }

        lock (_rotation)
        {
            _ownedCertificates.Add(next);
            Volatile.Write(ref _certificate, next);
        }

        DropConnections();
        return next;
    }

    /// <summary>Aborts every open TCP connection (requests in flight on them fail); returns how many were open.</summary>
    public int DropConnections()
    {
        var dropped = 0;
        foreach (var (id, connection) in _connections)
        {
            if (_connections.TryRemove(id, out _))
            {
                connection.Abort(new ConnectionAbortedException("The sandbox dropped the connection."));
                dropped++;
            }
        }

        return dropped;
    }

    private async Task TrackAsync(ConnectionContext connection, ConnectionDelegate next)
    {
        _connections[connection.ConnectionId] = connection;
        try
        {
            await next(connection);
        }
        finally
        {
            _connections.TryRemove(connection.ConnectionId, out _);
        }
    }

    /// <summary>Stops the server and disposes its certificates.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync();
        }
        finally
        {
            await _app.DisposeAsync();
            lock (_rotation)
            {
                foreach (var certificate in _ownedCertificates)
                {
                    certificate.Dispose();
                }

                _ownedCertificates.Clear();
            }
        }
    }
}

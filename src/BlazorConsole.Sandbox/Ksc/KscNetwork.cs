namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// The simulated network between Administration Servers (their port 13000 links): the simulators that share one
/// network can be primary and secondary of each other, and the proxies secondaries may go through. A server is
/// reached by its host name or a loopback address and its SSL port; when several answer there, the one whose
/// certificate is expected is the one meant (a server is known by its certificate). Thread-safe.
/// </summary>
public sealed class KscNetwork
{
    private readonly Lock _gate = new();
    private readonly List<KscSimulator> _servers = [];
    private readonly List<KscSimulatedProxy> _proxies = [];

    /// <summary>Adds a proxy the simulated secondaries can connect through.</summary>
    public void AddProxy(string address, string userName, string password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        lock (_gate)
        {
            _proxies.Add(new KscSimulatedProxy(address, userName, password));
        }
    }

    internal void Join(KscSimulator server)
    {
        lock (_gate)
        {
            _servers.Add(server);
        }
    }

    internal void Leave(KscSimulator server)
    {
        lock (_gate)
        {
            _servers.Remove(server);
        }
    }

    /// <summary>Every other server's identity and primary settings, each read under its own lock.</summary>
    internal IReadOnlyList<KscPeer> PeersOf(KscSimulator self)
    {
        KscSimulator[] servers;
        lock (_gate)
        {
            servers = [.. _servers.Where(server => !ReferenceEquals(server, self))];
        }

        return [.. servers.Select(server => server.DescribeAsPeer())];
    }

    /// <summary>True when a proxy at <paramref name="location"/> accepts these credentials.</summary>
    internal bool ProxyAccepts(string? location, string? userName, string? password)
    {
        lock (_gate)
        {
            return _proxies.Any(proxy => string.Equals(proxy.Address, location, StringComparison.OrdinalIgnoreCase)
                && string.Equals(proxy.UserName, userName ?? string.Empty, StringComparison.Ordinal)
                && string.Equals(proxy.Password, password ?? string.Empty, StringComparison.Ordinal));
        }
    }

    /// <summary>True when <paramref name="address"/>:<paramref name="port"/> reaches a server with this host name and SSL port.</summary>
    internal static bool Reaches(string? address, int port, string hostName, int sslPort)
    {
        if (string.IsNullOrWhiteSpace(address) || port != sslPort)
        {
            return false;
        }

        return string.Equals(address, hostName, StringComparison.OrdinalIgnoreCase)
            || address is "127.0.0.1" or "localhost" or "::1" or "[::1]";
    }
}

using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Access;

/// <summary>
/// Throttles HTTP Basic guessing per client address, instead of locking the account (which would let anyone lock
/// the administrator out of the API and the console with a few bad requests).
/// <list type="bullet">
/// <item>A client address (IPv4, or the /64 prefix of IPv6, since one host easily owns a whole /64) that failed
/// <see cref="ApiThrottleOptions.MaxFailures"/> times within a window that started at its first failure is refused
/// until that window ends; successes are not counted and reset nothing.</item>
/// <item>Time comes from <see cref="TimeProvider"/>; state is in memory, per process.</item>
/// <item>Memory is bounded by <see cref="MaxClients"/>: when full, ended windows are dropped, then addresses that
/// are not refused; if every slot still holds a refused address, a new address is not tracked (an attacker who
/// controls that many addresses is already limited to MaxClients × MaxFailures guesses per window).</item>
/// </list>
/// </summary>
internal sealed class ApiFailureThrottle(TimeProvider timeProvider, IOptions<ApiThrottleOptions> options)
{
    public const int MaxClients = 10_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Window> _clients = new(StringComparer.Ordinal);
    private readonly int _maxFailures = options.Value.MaxFailures;
    private readonly TimeSpan _window = options.Value.Window;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>True when <paramref name="client"/> must be refused now; <paramref name="retryAfter"/> is how long for.</summary>
    public bool IsThrottled(IPAddress? client, out TimeSpan retryAfter)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (_clients.TryGetValue(KeyOf(client), out var window) && now < window.Ends && window.Failures >= _maxFailures)
            {
                retryAfter = window.Ends - now;
                return true;
            }
        }

        retryAfter = TimeSpan.Zero;
        return false;
    }

    /// <summary>Counts one failed attempt of <paramref name="client"/>; true when this one reached the limit.</summary>
    public bool RecordFailure(IPAddress? client)
    {
        var key = KeyOf(client);
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (_clients.TryGetValue(key, out var window))
            {
                if (now < window.Ends)
                {
                    window.Failures++;
                }
                else
                {
                    window.Ends = now + _window;
                    window.Failures = 1;
                }

                return window.Failures == _maxFailures;
            }

            if (_clients.Count >= MaxClients)
            {
                Purge(now);
            }

            if (_clients.Count < MaxClients)
            {
                _clients[key] = new Window { Ends = now + _window, Failures = 1 };
            }

            return _maxFailures == 1;
        }
    }

    /// <summary>IPv4 (also when mapped into IPv6) as is, IPv6 by its /64 prefix, no address as one shared key.</summary>
    internal static string KeyOf(IPAddress? client)
    {
        if (client is null)
        {
            return "unknown";
        }

        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        if (client.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return client.ToString();
        }

        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private void Purge(DateTimeOffset now)
    {
        foreach (var (key, window) in _clients)
        {
            if (now >= window.Ends)
            {
                _clients.Remove(key);
            }
        }

        if (_clients.Count < MaxClients)
        {
            return;
        }

        foreach (var (key, window) in _clients)
        {
            if (window.Failures < _maxFailures)
            {
                _clients.Remove(key);
            }
        }
    }

    private sealed class Window
    {
        public DateTimeOffset Ends { get; set; }

        public int Failures { get; set; }
    }
}

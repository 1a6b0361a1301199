namespace BlazorConsole.Clients.Mdr;

/// <summary>Timeouts, retries, paging and the optional certificate pin of the MDR client (configuration section <see cref="SectionName"/>).</summary>
public sealed class MdrClientOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Mdr";

    /// <summary>
    /// SHA-256 thumbprint of the only certificate trusted for <see cref="PinnedAuthority"/> (the Sandbox's self-signed one);
    /// empty: no pin. Every other host always gets the machine's normal certificate validation.
    /// </summary>
    public string? PinnedThumbprint { get; set; }

    /// <summary>The <c>host:port</c> the pin applies to (e.g. <c>127.0.0.1:45123</c>); required with <see cref="PinnedThumbprint"/>.</summary>
    public string? PinnedAuthority { get; set; }

    /// <summary>Time allowed to open the TCP connection and finish the TLS handshake (default 10 s).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for one attempt of one call (default 30 s).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one read with all its retries and waits (default 3 min; at least <see cref="RequestTimeout"/>).</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Retries of a read after 429, 5xx, a timeout or a network failure (default 3). The token exchange is never retried.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay when MDR sends no <c>Retry-After</c>; later ones back off exponentially with jitter (default 1 s).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest <c>Retry-After</c> the client waits for; a longer one ends the call with MDR_Throttled (default 2 min).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Page size of the calls the client pages through itself: assets, comments, responses (default 100).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Most items one of those lists may hold over all its pages (default 100,000).</summary>
    public int MaxListItems { get; set; } = 100_000;
}

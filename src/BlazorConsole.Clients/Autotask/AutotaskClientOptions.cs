namespace BlazorConsole.Clients.Autotask;

/// <summary>Addresses, timeouts, retries and the API budget of the Autotask client (configuration section <see cref="SectionName"/>).</summary>
public sealed class AutotaskClientOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Autotask";

    /// <summary>Autotask's public zone-lookup base.</summary>
    public const string DefaultDiscoveryAddress = "https://webservices.autotask.net/atservicesrest/";

    /// <summary>Base of the zone lookup (<c>{base}v1.0/zoneInformation?user=</c>); point it at the Sandbox for tests and demos.</summary>
    public string DiscoveryAddress { get; set; } = DefaultDiscoveryAddress;

    /// <summary>
    /// SHA-256 thumbprint of the only certificate trusted for every Autotask host (the Sandbox's self-signed one); empty:
    /// the machine's normal certificate validation, which is what the real Autotask needs.
    /// </summary>
    public string? PinnedThumbprint { get; set; }

    /// <summary>Time allowed to open the TCP connection and finish the TLS handshake (default 10 s).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for one attempt of one call (default 30 s).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one call with all its retries and waits (default 5 min; at least <see cref="RequestTimeout"/>).</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries after a transient failure (reads) or a refusal Autotask did not process (429, thread limit) (default 4).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First retry delay when Autotask gives no <c>Retry-After</c>; later ones back off exponentially with jitter (default 1 s).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest <c>Retry-After</c> the client waits for; a longer one ends the call with ATK_Throttled (default 2 min).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Simultaneous requests per integration and entity (Autotask allows 3).</summary>
    public int MaxConcurrentRequestsPerEntity { get; set; } = 3;

    /// <summary>Most rows one query may return over all its pages (default 50,000).</summary>
    public int MaxQueryRows { get; set; } = 50_000;

    /// <summary>Share of the hourly threshold from which each request waits <see cref="SlowDownDelay"/> (default 0.5).</summary>
    public double SlowDownFrom { get; set; } = 0.5;

    /// <summary>Wait per request past <see cref="SlowDownFrom"/> (default 0.5 s).</summary>
    public TimeSpan SlowDownDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Wait per request past three quarters of the threshold (default 1 s).</summary>
    public TimeSpan SlowDownDelayFromThreeQuarters { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of the threshold at which requests wait until the window frees room (default 0.95).</summary>
    public double PauseFrom { get; set; } = 0.95;

    /// <summary>How often ThresholdInformation is read again while an integration is in use (default 5 min).</summary>
    public TimeSpan ThresholdRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
}

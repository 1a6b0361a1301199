namespace BlazorConsole.Clients.Ksc;

/// <summary>Timeouts and retries of the KSC Open API client (configuration section <see cref="SectionName"/>).</summary>
public sealed class KscClientOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Ksc";

    /// <summary>Time allowed to open the TCP connection and finish the TLS handshake (default 10 s).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for one attempt of one call, from sending to the whole answer (default 30 s).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one call with all its retries (default 2 min; at least <see cref="RequestTimeout"/>).</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a call that is safe to repeat (a read) is retried after a transient failure (default 3; 0 turns retries off).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; later ones back off exponentially with jitter (default 1 s).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait for a KSC asynchronous action (a removal) to finish (default 10 min).</summary>
    public TimeSpan ActionTimeout { get; set; } = TimeSpan.FromMinutes(10);
}

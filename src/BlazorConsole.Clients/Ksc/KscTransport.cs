using System.Net;
using System.Security.Authentication;
using BlazorConsole.Clients.Common;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace BlazorConsole.Clients.Ksc;

/// <summary>
/// The HTTP clients of one KSC server under one pinned certificate: their handlers accept only that pin, so a
/// connection checked under an old pin is never used under a new one (a new pin gets a new transport). Reads go
/// through a pooled handler with retries; writes go through a handler that never reuses a connection and never
/// retries, so neither Polly nor the socket handler can send a write twice. Reference-counted: a replaced
/// transport is disposed when the last session using it ends.
/// </summary>
internal sealed class KscTransport
{
    private readonly Lock _gate = new();
    private int _leases;
    private bool _retired;
    private bool _disposed;

    public KscTransport(string? pinnedThumbprint, KscClientOptions options, TimeProvider timeProvider)
    {
        PinnedThumbprint = CertificateThumbprint.TryNormalize(pinnedThumbprint, out var normalized) ? normalized : null;
        Validator = new PinnedCertificateValidator(PinnedThumbprint);
        Reads = CreateClient(pooled: true, retries: options.MaxRetries, options, timeProvider);
        Writes = CreateClient(pooled: false, retries: 0, options, timeProvider);
    }

    /// <summary>The normalized pin (null: nothing is trusted, so every handshake is refused and shows its certificate).</summary>
    public string? PinnedThumbprint { get; }

    public PinnedCertificateValidator Validator { get; }

    /// <summary>Client for calls that are safe to repeat.</summary>
    public HttpClient Reads { get; }

    /// <summary>Client for calls that create, change or remove something.</summary>
    public HttpClient Writes { get; }

    public bool TryAcquire()
    {
        lock (_gate)
        {
            if (_retired)
            {
                return false;
            }

            _leases++;
            return true;
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            _leases--;
            DisposeWhenUnused();
        }
    }

    /// <summary>No new sessions get this transport; it is disposed once its sessions end.</summary>
    public void Retire()
    {
        lock (_gate)
        {
            _retired = true;
            DisposeWhenUnused();
        }
    }

    /// <summary>True when <paramref name="exception"/> is a refused TLS handshake (the certificate check said no).</summary>
    public static bool IsCertificateFailure(Exception exception) =>
        exception is HttpRequestException { InnerException: AuthenticationException };

    private void DisposeWhenUnused()
    {
        if (_retired && _leases <= 0 && !_disposed)
        {
            _disposed = true;
            Reads.Dispose();
            Writes.Dispose();
        }
    }

    private HttpClient CreateClient(bool pooled, int retries, KscClientOptions options, TimeProvider timeProvider)
    {
        var sockets = PinnedHttpHandler.Create(Validator, options.ConnectTimeout);
        sockets.AutomaticDecompression = DecompressionMethods.GZip;
        sockets.PooledConnectionLifetime = pooled ? TimeSpan.FromMinutes(5) : TimeSpan.Zero;
        sockets.PooledConnectionIdleTimeout = TimeSpan.FromSeconds(50);

        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.TotalRequestTimeout });
        if (retries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)),
            });
        }

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.RequestTimeout });
        var resilience = new ResilienceHandler(pipeline.Build()) { InnerHandler = sockets };
        return new HttpClient(resilience, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException } => true,
        { Exception: HttpRequestException failure } =>
            !IsCertificateFailure(failure) && failure.HttpRequestError != HttpRequestError.NameResolutionError,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };
}

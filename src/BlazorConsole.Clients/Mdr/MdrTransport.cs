using System.Net;
using System.Net.Security;
using BlazorConsole.Clients.Common;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace BlazorConsole.Clients.Mdr;

/// <summary>
/// The HTTP clients of the MDR integration. Reads retry 429 (honouring <c>Retry-After</c> up to
/// <see cref="MdrClientOptions.MaxRetryAfter"/>), 5xx, 408, timeouts and network failures. The token exchange goes
/// through a client that never retries and never reuses a pooled connection: once sent, it spends the refresh token.
/// Calls to <see cref="MdrClientOptions.PinnedAuthority"/> trust only <see cref="MdrClientOptions.PinnedThumbprint"/>;
/// every other host gets the machine's normal certificate validation (it is never switched off). No logging handler is
/// attached, so neither headers nor bodies (tokens) reach any log.
/// </summary>
internal sealed class MdrTransport : IDisposable
{
    private readonly MdrClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly HttpClient _reads;
    private readonly HttpClient _once;
    private readonly HttpClient? _pinnedReads;
    private readonly HttpClient? _pinnedOnce;

    public MdrTransport(MdrClientOptions options, TimeProvider timeProvider)
    {
        _options = options;
        _timeProvider = timeProvider;
        _reads = CreateClient(safeToRepeat: true, validator: null);
        _once = CreateClient(safeToRepeat: false, validator: null);
        Pin = string.IsNullOrWhiteSpace(options.PinnedThumbprint) ? null : MdrPin.ParseAuthority(options.PinnedAuthority);
        if (Pin is not null)
        {
            var validator = new PinnedCertificateValidator(options.PinnedThumbprint);
            _pinnedReads = CreateClient(safeToRepeat: true, validator);
            _pinnedOnce = CreateClient(safeToRepeat: false, validator);
        }
    }

    /// <summary>The options the clients were made with.</summary>
    public MdrClientOptions Options => _options;

    /// <summary>The pinned authority, or null when nothing is pinned.</summary>
    public MdrPin? Pin { get; }

    /// <summary>True when calls to <paramref name="address"/> trust the pinned certificate only.</summary>
    public bool IsPinned(Uri address) => Pin?.Covers(address) ?? false;

    /// <summary>The client for <paramref name="address"/>: retrying reads or the send-once client.</summary>
    public HttpClient For(Uri address, bool safeToRepeat) => IsPinned(address)
        ? (safeToRepeat ? _pinnedReads! : _pinnedOnce!)
        : (safeToRepeat ? _reads : _once);

    public void Dispose()
    {
        _reads.Dispose();
        _once.Dispose();
        _pinnedReads?.Dispose();
        _pinnedOnce?.Dispose();
    }

    private HttpClient CreateClient(bool safeToRepeat, PinnedCertificateValidator? validator)
    {
        var sockets = validator is null
            ? new SocketsHttpHandler { ConnectTimeout = _options.ConnectTimeout, SslOptions = new SslClientAuthenticationOptions() }
            : PinnedHttpHandler.Create(validator, _options.ConnectTimeout);
        sockets.AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate;
        sockets.PooledConnectionLifetime = safeToRepeat ? TimeSpan.FromMinutes(5) : TimeSpan.Zero;
        sockets.PooledConnectionIdleTimeout = TimeSpan.FromSeconds(50);
        sockets.AllowAutoRedirect = false;

        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _timeProvider };
        if (safeToRepeat)
        {
            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = _options.TotalRequestTimeout });
            if (_options.MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = _options.MaxRetries,
                    Delay = _options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome)),
                    DelayGenerator = arguments => ValueTask.FromResult(RetryAfterHeader.WaitOf(arguments.Outcome.Result, _timeProvider)),
                });
            }
        }

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = _options.RequestTimeout });
        var resilience = new ResilienceHandler(pipeline.Build()) { InnerHandler = sockets };
        return new HttpClient(resilience, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { StatusCode: HttpStatusCode.TooManyRequests } response } => RetryAfterHeader.WaitOf(response, _timeProvider) is not { } wait || wait <= _options.MaxRetryAfter,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        { Exception: TimeoutRejectedException } => true,
        { Exception: HttpRequestException failure } => failure.HttpRequestError != HttpRequestError.NameResolutionError
            && failure.InnerException is not System.Security.Authentication.AuthenticationException,
        _ => false,
    };
}

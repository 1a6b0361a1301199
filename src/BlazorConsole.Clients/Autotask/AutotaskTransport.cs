using System.Net;
using System.Net.Security;
using BlazorConsole.Clients.Common;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace BlazorConsole.Clients.Autotask;

/// <summary>
/// The HTTP clients of the Autotask integration. <see cref="Reads"/> (queries, gets, metadata) retries transient
/// failures: 429, the thread-limit error, 5xx without an Autotask <c>errors</c> list, 408, timeouts and network errors.
/// <see cref="Writes"/> (creates and updates) retries only answers that say Autotask did not take the request (429 and the
/// thread-limit error) and never reuses a pooled connection, so a write whose answer was lost is never sent again.
/// Both honour <c>Retry-After</c> (up to <see cref="AutotaskClientOptions.MaxRetryAfter"/>). With a pinned thumbprint only
/// that certificate is trusted (the Sandbox); otherwise normal certificate validation applies.
/// </summary>
internal sealed class AutotaskTransport : IDisposable
{
    private readonly AutotaskClientOptions _options;
    private readonly TimeProvider _timeProvider;

    public AutotaskTransport(AutotaskClientOptions options, AutotaskBudget budget, TimeProvider timeProvider)
    {
        _options = options;
        _timeProvider = timeProvider;
        Reads = CreateClient(safeToRepeat: true, budget, timeProvider);
        Writes = CreateClient(safeToRepeat: false, budget, timeProvider);
    }

    /// <summary>Client for calls that are safe to repeat.</summary>
    public HttpClient Reads { get; }

    /// <summary>Client for calls that create or change something.</summary>
    public HttpClient Writes { get; }

    public void Dispose()
    {
        Reads.Dispose();
        Writes.Dispose();
    }

    /// <summary>True when the body is Autotask's thread-limit refusal (a request it did not process).</summary>
    public static bool IsThreadLimit(string body) =>
        body.Contains("Itgenatr005", StringComparison.OrdinalIgnoreCase) || body.Contains("thread threshold", StringComparison.OrdinalIgnoreCase);

    private HttpClient CreateClient(bool safeToRepeat, AutotaskBudget budget, TimeProvider timeProvider)
    {
        var sockets = string.IsNullOrWhiteSpace(_options.PinnedThumbprint)
            ? new SocketsHttpHandler { ConnectTimeout = _options.ConnectTimeout, SslOptions = new SslClientAuthenticationOptions() }
            : PinnedHttpHandler.Create(new PinnedCertificateValidator(_options.PinnedThumbprint), _options.ConnectTimeout);
        sockets.AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate;
        sockets.PooledConnectionLifetime = safeToRepeat ? TimeSpan.FromMinutes(5) : TimeSpan.Zero;
        sockets.PooledConnectionIdleTimeout = TimeSpan.FromSeconds(50);
        var counting = new AutotaskCountingHandler(budget) { InnerHandler = sockets };

        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = _options.TotalRequestTimeout });
        if (_options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = _options.MaxRetries,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                ShouldHandle = arguments => ShouldRetryAsync(arguments.Outcome, safeToRepeat),
                DelayGenerator = arguments => ValueTask.FromResult(RetryAfterHeader.WaitOf(arguments.Outcome.Result, _timeProvider)),
            });
        }

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = _options.RequestTimeout });
        var resilience = new ResilienceHandler(pipeline.Build()) { InnerHandler = counting };
        return new HttpClient(resilience, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, bool safeToRepeat)
    {
        switch (outcome)
        {
            case { Result: { StatusCode: HttpStatusCode.TooManyRequests } response }:
                return RetryAfterHeader.WaitOf(response, _timeProvider) is not { } wait || wait <= _options.MaxRetryAfter;
            case { Result: { StatusCode: HttpStatusCode.InternalServerError } response }:
                var body = await ReadBodyAsync(response);
                return IsThreadLimit(body) || (safeToRepeat && !body.Contains("\"errors\"", StringComparison.OrdinalIgnoreCase));
            case { Result: { } response }:
                return safeToRepeat && ((int)response.StatusCode >= 502 || response.StatusCode == HttpStatusCode.RequestTimeout);
            case { Exception: TimeoutRejectedException }:
                return safeToRepeat;
            case { Exception: HttpRequestException failure }:
                return safeToRepeat && failure.HttpRequestError != HttpRequestError.NameResolutionError && failure.InnerException is not System.Security.Authentication.AuthenticationException;
            default:
                return false;
        }
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response)
    {
        await response.Content.LoadIntoBufferAsync();
        return await response.Content.ReadAsStringAsync();
    }
}

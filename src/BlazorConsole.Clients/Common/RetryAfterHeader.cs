namespace BlazorConsole.Clients.Common;

/// <summary>Reads the <c>Retry-After</c> header a 429 or 503 sends, for the retry pipelines of the clients.</summary>
internal static class RetryAfterHeader
{
    /// <summary>The wait the answer asks for (seconds or a date, never negative), or null to use the exponential backoff.</summary>
    public static TimeSpan? WaitOf(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}

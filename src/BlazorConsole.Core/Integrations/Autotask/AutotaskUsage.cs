namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// The console's view of one integration's API budget: its own requests in the rolling window, the threshold read
/// from Autotask and the database's use last reported by Autotask.
/// </summary>
/// <param name="UserName">The API user (one integration).</param>
/// <param name="RequestsInWindow">Requests this console sent in the last <paramref name="Window"/>.</param>
/// <param name="EstimatedUse">Best estimate of the database's requests in the window (Autotask's last figure plus ours since).</param>
/// <param name="RequestLimit">The threshold (from ThresholdInformation, 10,000 until it is read).</param>
/// <param name="Window">The threshold's time frame.</param>
/// <param name="ThresholdReadAt">When ThresholdInformation was last read; null when never.</param>
/// <param name="DelayedRequests">Requests the console held back so far to stay under the threshold.</param>
/// <param name="State">Whether requests go at full speed, slowed or paused.</param>
public sealed record AutotaskUsage(
    string UserName,
    int RequestsInWindow,
    int EstimatedUse,
    int RequestLimit,
    TimeSpan Window,
    DateTimeOffset? ThresholdReadAt,
    long DelayedRequests,
    AutotaskBudgetState State)
{
    /// <summary>Share of the threshold used, 0 to 1 (or more once over it).</summary>
    public double Fraction => RequestLimit <= 0 ? 0 : (double)EstimatedUse / RequestLimit;
}

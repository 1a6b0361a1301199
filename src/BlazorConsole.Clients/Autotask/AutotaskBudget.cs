using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Clients.Autotask;

/// <summary>
/// The API budget of each integration (keyed by API user): counts every request sent (retries included) in a rolling
/// window, takes the threshold and the database's own count from ThresholdInformation, and paces requests: from
/// <see cref="AutotaskClientOptions.SlowDownFrom"/> each waits a little, from three quarters a little more, and from
/// <see cref="AutotaskClientOptions.PauseFrom"/> requests wait until the window frees room. Thread-safe; time from
/// <see cref="TimeProvider"/>.
/// </summary>
public sealed class AutotaskBudget(AutotaskClientOptions options, TimeProvider timeProvider)
{
    private const int DefaultLimit = 10_000;
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Account> _accounts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts one request sent for <paramref name="userName"/>.</summary>
    public void Record(string userName)
    {
        lock (_gate)
        {
            var account = Get(userName);
            account.Sent.Enqueue(timeProvider.GetUtcNow());
            account.SentSinceRead++;
        }
    }

    /// <summary>Takes the threshold, window and the database's count from a ThresholdInformation answer.</summary>
    public void Update(string userName, AutotaskThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        lock (_gate)
        {
            var account = Get(userName);
            account.Limit = Math.Max(1, threshold.RequestLimit);
            account.Window = threshold.TimeFrame > TimeSpan.Zero ? threshold.TimeFrame : DefaultWindow;
            account.ServerCount = threshold.CurrentRequestCount;
            account.ReadAt = timeProvider.GetUtcNow();
            account.SentSinceRead = 0;
        }
    }

    /// <summary>True when ThresholdInformation was never read for the user, or longer ago than the refresh interval.</summary>
    public bool NeedsThreshold(string userName)
    {
        lock (_gate)
        {
            var account = Get(userName);
            return account.ReadAt is not { } readAt || timeProvider.GetUtcNow() - readAt >= options.ThresholdRefreshInterval;
        }
    }

    /// <summary>Waits as long as the budget asks before the next request of <paramref name="userName"/>.</summary>
    public async Task WaitTurnAsync(string userName, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan delay;
            bool again;
            lock (_gate)
            {
                var account = Get(userName);
                var fraction = (double)Estimate(account) / account.Limit;
                (delay, again) = fraction switch
                {
                    _ when fraction >= options.PauseFrom => (PauseDelay(account), true),
                    >= 0.75 => (options.SlowDownDelayFromThreeQuarters, false),
                    _ when fraction >= options.SlowDownFrom => (options.SlowDownDelay, false),
                    _ => (TimeSpan.Zero, false),
                };
                if (delay > TimeSpan.Zero)
                {
                    account.Delayed++;
                }
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, timeProvider, cancellationToken);
            }

            if (!again)
            {
                return;
            }
        }
    }

    /// <summary>The usage of <paramref name="userName"/> now.</summary>
    public AutotaskUsage GetUsage(string userName)
    {
        lock (_gate)
        {
            var account = Get(userName);
            var estimate = Estimate(account);
            var fraction = (double)estimate / account.Limit;
            var state = fraction >= options.PauseFrom ? AutotaskBudgetState.Paused
                : fraction >= options.SlowDownFrom ? AutotaskBudgetState.Slowed
                : AutotaskBudgetState.Normal;
            return new AutotaskUsage(userName, account.Sent.Count, estimate, account.Limit, account.Window, account.ReadAt, account.Delayed, state);
        }
    }

    private Account Get(string userName)
    {
        if (!_accounts.TryGetValue(userName, out var account))
        {
            account = new Account();
            _accounts[userName] = account;
        }

        var cutoff = timeProvider.GetUtcNow() - account.Window;
        while (account.Sent.Count > 0 && account.Sent.Peek() <= cutoff)
        {
            account.Sent.Dequeue();
        }

        return account;
    }

    /// <summary>Our own count, or Autotask's figure plus ours since it was read while that figure is fresh.</summary>
    private int Estimate(Account account)
    {
        var own = account.Sent.Count;
        var fresh = account.ReadAt is { } readAt && timeProvider.GetUtcNow() - readAt < options.ThresholdRefreshInterval;
        return fresh ? Math.Max(own, account.ServerCount + account.SentSinceRead) : own;
    }

    /// <summary>Until our oldest request leaves the window, or Autotask's figure goes stale (to be read again); at least 1 s.</summary>
    private TimeSpan PauseDelay(Account account)
    {
        var now = timeProvider.GetUtcNow();
        var candidates = new List<TimeSpan>();
        if (account.Sent.Count > 0)
        {
            candidates.Add(account.Sent.Peek() + account.Window - now);
        }

        if (account.ReadAt is { } readAt && account.ServerCount + account.SentSinceRead > account.Sent.Count)
        {
            candidates.Add(readAt + options.ThresholdRefreshInterval - now);
        }

        var delay = candidates.Count == 0 ? TimeSpan.FromSeconds(1) : candidates.Min();
        return delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay;
    }

    private sealed class Account
    {
        public Queue<DateTimeOffset> Sent { get; } = new();

        public int Limit { get; set; } = DefaultLimit;

        public TimeSpan Window { get; set; } = DefaultWindow;

        public int ServerCount { get; set; }

        public int SentSinceRead { get; set; }

        public DateTimeOffset? ReadAt { get; set; }

        public long Delayed { get; set; }
    }
}

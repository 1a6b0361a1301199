namespace BlazorConsole.Sandbox.Autotask;

/// <summary>
/// Failures the simulator injects, set by tests while it runs: fail call N of a path, a storm of 429s with
/// <c>Retry-After</c>, slow answers, a foreign host in <c>nextPageUrl</c>. Paths are those of <see cref="AutotaskCall.Path"/>,
/// compared case-insensitively; a trailing <c>*</c> matches a prefix; null matches every authenticated call. Thread-safe.
/// </summary>
public sealed class AutotaskFaults
{
    private readonly Lock _gate = new();
    private readonly List<FailureRule> _failures = [];
    private readonly List<(string? Path, TimeSpan Delay)> _delays = [];
    private string? _nextPageHost;

    /// <summary>When set, <c>nextPageUrl</c> points at this host (same port) instead of the one called.</summary>
    public string? NextPageHost
    {
        get { lock (_gate) { return _nextPageHost; } }
        set { lock (_gate) { _nextPageHost = value; } }
    }

    /// <summary>
    /// Counting from now, the <paramref name="onCall"/>th call matching <paramref name="method"/> (null: any) and
    /// <paramref name="path"/> and the <paramref name="times"/> − 1 after it fail as <paramref name="kind"/> says.
    /// </summary>
    /// <param name="retryAfterSeconds">For <see cref="AutotaskFaultKind.Http429"/>: the <c>Retry-After</c> value; null sends none.</param>
    public void FailCall(string? method, string? path, int onCall = 1, AutotaskFaultKind kind = AutotaskFaultKind.Http500, int times = 1, int? retryAfterSeconds = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(onCall, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        if (retryAfterSeconds is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfterSeconds));
        }

        lock (_gate)
        {
            _failures.Add(new FailureRule(method, path, onCall, kind, times, retryAfterSeconds));
        }
    }

    /// <summary>The next <paramref name="count"/> matching calls answer 429 with <c>Retry-After: </c><paramref name="retryAfterSeconds"/>.</summary>
    public void Storm429(int count, int retryAfterSeconds, string? path = null, string? method = null) =>
        FailCall(method, path, 1, AutotaskFaultKind.Http429, count, retryAfterSeconds);

    /// <summary>Delays every authenticated call matching <paramref name="path"/> (null: all) by <paramref name="delay"/>.</summary>
    public void Delay(TimeSpan delay, string? path = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        lock (_gate)
        {
            _delays.RemoveAll(entry => string.Equals(entry.Path, path, StringComparison.OrdinalIgnoreCase));
            _delays.Add((path, delay));
        }
    }

    /// <summary>Removes every fault.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _failures.Clear();
            _delays.Clear();
            _nextPageHost = null;
        }
    }

    internal (TimeSpan Delay, FailureRule? Failure) OnCall(string method, string path)
    {
        lock (_gate)
        {
            var delay = _delays.Where(entry => Matches(entry.Path, path)).Select(entry => entry.Delay).DefaultIfEmpty(TimeSpan.Zero).Max();
            FailureRule? failure = null;
            foreach (var rule in _failures.Where(rule => (rule.Method is null || string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase)) && Matches(rule.Path, path)))
            {
                rule.Seen++;
                if (failure is null && rule.Seen >= rule.OnCall && rule.Seen < rule.OnCall + rule.Times)
                {
                    failure = rule;
                }
            }

            _failures.RemoveAll(rule => rule.Seen >= rule.OnCall + rule.Times - 1);
            return (delay, failure);
        }
    }

    private static bool Matches(string? pattern, string path) =>
        pattern is null
        || (pattern.EndsWith('*')
            ? path.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(pattern, path, StringComparison.OrdinalIgnoreCase));

    internal sealed class FailureRule(string? method, string? path, int onCall, AutotaskFaultKind kind, int times, int? retryAfterSeconds)
    {
        public string? Method { get; } = method;

        public string? Path { get; } = path;

        public int OnCall { get; } = onCall;

        public AutotaskFaultKind Kind { get; } = kind;

        public int Times { get; } = times;

        public int? RetryAfterSeconds { get; } = retryAfterSeconds;

        public int Seen { get; set; }
    }
}

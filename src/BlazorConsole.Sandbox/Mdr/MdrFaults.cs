namespace BlazorConsole.Sandbox.Mdr;

/// <summary>
/// Failures the simulator injects, set by tests and the Sandbox page while it runs: fail call N of a path (and the
/// ones after it), a storm of 429s with <c>Retry-After</c>, slow answers. Paths are those of <see cref="MdrCall.Path"/>
/// (<c>incidents/list</c>, <c>session/confirm</c>…), compared case-insensitively; a trailing <c>*</c> matches a prefix;
/// null matches every path. Faults apply before tokens are checked. Thread-safe.
/// </summary>
public sealed class MdrFaults
{
    private readonly Lock _gate = new();
    private readonly List<FailureRule> _failures = [];
    private readonly List<(string? Path, TimeSpan Delay)> _delays = [];

    /// <summary>Counting from now, the <paramref name="onCall"/>th call of <paramref name="path"/> and the <paramref name="times"/> − 1 after it fail as <paramref name="kind"/> says.</summary>
    /// <param name="retryAfterSeconds">For <see cref="MdrFaultKind.Http429"/>: the <c>Retry-After</c> value; null sends none.</param>
    public void FailCall(string? path, int onCall = 1, MdrFaultKind kind = MdrFaultKind.Http500, int times = 1, int? retryAfterSeconds = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(onCall, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        if (retryAfterSeconds is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfterSeconds));
        }

        lock (_gate)
        {
            _failures.Add(new FailureRule(Normalize(path), onCall, kind, times, retryAfterSeconds));
        }
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="path"/> (null: any) answer 429 with <c>Retry-After: </c><paramref name="retryAfterSeconds"/>.</summary>
    public void Storm429(int count, int retryAfterSeconds, string? path = null) =>
        FailCall(path, 1, MdrFaultKind.Http429, count, retryAfterSeconds);

    /// <summary>Delays every call of <paramref name="path"/> (null: all) by <paramref name="delay"/>; zero removes the delay.</summary>
    public void Delay(TimeSpan delay, string? path = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        path = Normalize(path);
        lock (_gate)
        {
            _delays.RemoveAll(entry => string.Equals(entry.Path, path, StringComparison.OrdinalIgnoreCase));
            if (delay > TimeSpan.Zero)
            {
                _delays.Add((path, delay));
            }
        }
    }

    /// <summary>The failures still to come.</summary>
    public IReadOnlyList<MdrPendingFault> Pending
    {
        get
        {
            lock (_gate)
            {
                return [.. _failures.Select(rule => new MdrPendingFault(rule.Path, Math.Max(1, rule.OnCall - rule.Seen), rule.Times - Math.Max(0, rule.Seen - rule.OnCall + 1), rule.Kind, rule.RetryAfterSeconds))];
            }
        }
    }

    /// <summary>The delays in force, by path (null: every call).</summary>
    public IReadOnlyList<(string? Path, TimeSpan Delay)> Delays
    {
        get
        {
            lock (_gate)
            {
                return [.. _delays];
            }
        }
    }

    /// <summary>Removes every fault and delay.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _failures.Clear();
            _delays.Clear();
        }
    }

    internal (TimeSpan Delay, FailureRule? Failure) OnCall(string path)
    {
        lock (_gate)
        {
            var delay = _delays.Where(entry => Matches(entry.Path, path)).Select(entry => entry.Delay).DefaultIfEmpty(TimeSpan.Zero).Max();
            FailureRule? failure = null;
            foreach (var rule in _failures.Where(rule => Matches(rule.Path, path)))
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

    private static string? Normalize(string? path) => string.IsNullOrWhiteSpace(path) ? null : path.Trim().Trim('/');

    private static bool Matches(string? pattern, string path) =>
        pattern is null
        || (pattern.EndsWith('*')
            ? path.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(pattern, path, StringComparison.OrdinalIgnoreCase));

    internal sealed class FailureRule(string? path, int onCall, MdrFaultKind kind, int times, int? retryAfterSeconds)
    {
        public string? Path { get; } = path;

        public int OnCall { get; } = onCall;

        public MdrFaultKind Kind { get; } = kind;

        public int Times { get; } = times;

        public int? RetryAfterSeconds { get; } = retryAfterSeconds;

        public int Seen { get; set; }
    }
}

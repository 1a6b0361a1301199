namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// Failures the simulator injects, set by tests (or a Development page) while it runs: fail a method's Nth call,
/// delay calls, reject every sign-in. Certificate rotation and dropping every open connection are on
/// <see cref="KscSimulator"/>. Thread-safe; <see cref="Reset"/> removes every fault.
/// </summary>
public sealed class KscFaults
{
    private readonly Lock _gate = new();
    private readonly List<FailureRule> _failures = [];
    private readonly Dictionary<string, TimeSpan> _methodDelays = new(StringComparer.Ordinal);
    private TimeSpan _delay;
    private bool _rejectCredentials;

    /// <summary>When true, every sign-in (<c>login</c>, <c>Session.StartSession</c>) answers 401.</summary>
    public bool RejectCredentials
    {
        get { lock (_gate) { return _rejectCredentials; } }
        set { lock (_gate) { _rejectCredentials = value; } }
    }

    /// <summary>
    /// Fails calls of <paramref name="method"/> (null: any method, sign-ins included): counting from now, its
    /// <paramref name="onCall"/>th call and the <paramref name="times"/> − 1 calls after it fail as <paramref name="kind"/> says.
    /// </summary>
    public void FailCall(string? method, int onCall = 1, KscFaultKind kind = KscFaultKind.PxgError, int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(onCall, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _failures.Add(new FailureRule(method, onCall, kind, times));
        }
    }

    /// <summary>Aborts the TCP connection of the next call (of <paramref name="method"/>, or of any method when null).</summary>
    public void DropNextCall(string? method = null) => FailCall(method, 1, KscFaultKind.DropConnection);

    /// <summary>Delays every call of <paramref name="method"/> (null: every call) by <paramref name="delay"/> before answering.</summary>
    public void Delay(TimeSpan delay, string? method = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        lock (_gate)
        {
            if (method is null)
            {
                _delay = delay;
            }
            else
            {
                _methodDelays[method] = delay;
            }
        }
    }

    /// <summary>Removes every fault: failures, delays and credential rejection.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _failures.Clear();
            _methodDelays.Clear();
            _delay = TimeSpan.Zero;
            _rejectCredentials = false;
        }
    }

    /// <summary>The faults in force now.</summary>
    public KscFaultsSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new KscFaultsSnapshot(
                _rejectCredentials,
                _delay,
                new Dictionary<string, TimeSpan>(_methodDelays, StringComparer.Ordinal),
                [.. _failures.Select(rule => new KscPendingFailure(rule.Method, rule.OnCall, rule.Kind, rule.Times, rule.Seen))]);
        }
    }

    /// <summary>Counts the call and decides its fate: the delay to apply and the failure, if any.</summary>
    internal (TimeSpan Delay, KscFaultKind? Failure) OnCall(string method)
    {
        lock (_gate)
        {
            var delay = _methodDelays.TryGetValue(method, out var methodDelay) ? methodDelay : _delay;
            KscFaultKind? failure = null;
            foreach (var rule in _failures.Where(rule => rule.Method is null || rule.Method == method))
            {
                rule.Seen++;
                if (failure is null && rule.Seen >= rule.OnCall && rule.Seen < rule.OnCall + rule.Times)
                {
                    failure = rule.Kind;
                }
            }

            _failures.RemoveAll(rule => rule.Seen >= rule.OnCall + rule.Times - 1);
            return (delay, failure);
        }
    }

    private sealed class FailureRule(string? method, int onCall, KscFaultKind kind, int times)
    {
        public string? Method { get; } = method;

        public int OnCall { get; } = onCall;

        public KscFaultKind Kind { get; } = kind;

        public int Times { get; } = times;

        public int Seen { get; set; }
    }
}

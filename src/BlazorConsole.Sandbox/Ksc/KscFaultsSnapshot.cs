namespace BlazorConsole.Sandbox.Ksc;

/// <summary>The faults in force at one moment (for a page that shows them).</summary>
/// <param name="RejectCredentials">Every sign-in answers 401.</param>
/// <param name="Delay">Delay of every call without its own (zero: none).</param>
/// <param name="MethodDelays">Delays of single methods.</param>
/// <param name="Failures">Failures still to fire.</param>
public sealed record KscFaultsSnapshot(
    bool RejectCredentials,
    TimeSpan Delay,
    IReadOnlyDictionary<string, TimeSpan> MethodDelays,
    IReadOnlyList<KscPendingFailure> Failures)
{
    /// <summary>True when no fault is set.</summary>
    public bool IsEmpty => !RejectCredentials && Delay == TimeSpan.Zero && MethodDelays.Count == 0 && Failures.Count == 0;
}

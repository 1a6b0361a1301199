namespace BlazorConsole.Sandbox.Ksc;

/// <summary>A failure set with <see cref="KscFaults.FailCall"/> that has not fired completely yet.</summary>
/// <param name="Method">The method it watches; null for every call.</param>
/// <param name="OnCall">The matching call (counted from when it was set) that fails first.</param>
/// <param name="Kind">How those calls fail.</param>
/// <param name="Times">How many consecutive calls fail.</param>
/// <param name="Seen">Matching calls seen so far.</param>
public sealed record KscPendingFailure(string? Method, int OnCall, KscFaultKind Kind, int Times, int Seen);

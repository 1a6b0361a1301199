namespace BlazorConsole.Sandbox.Mdr;

/// <summary>An injected failure still to come: calls <paramref name="FromCall"/> to <paramref name="FromCall"/> + <paramref name="Times"/> − 1 (counted from now) of <paramref name="Path"/> fail.</summary>
/// <param name="Path">The path it applies to (null: every path; a trailing <c>*</c>: a prefix).</param>
public sealed record MdrPendingFault(string? Path, int FromCall, int Times, MdrFaultKind Kind, int? RetryAfterSeconds);

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>One request the simulator received (logged before authentication and faults, so failed calls count too).</summary>
/// <param name="Method"><c>login</c> or <c>Class.Method</c>.</param>
/// <param name="At">When it arrived (the simulator's <see cref="TimeProvider"/>).</param>
/// <param name="VirtualServer">The decoded <c>X-KSC-VServer</c> header of a sign-in, or the virtual server of the session; null for the main server.</param>
public sealed record KscCall(string Method, DateTimeOffset At, string? VirtualServer);

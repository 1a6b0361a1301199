namespace BlazorConsole.Sandbox.Mdr;

/// <summary>One request the simulator answered (no body and no token is kept).</summary>
/// <param name="ClientId">The client id of the path.</param>
/// <param name="Path">The path after the client id, e.g. <c>incidents/list</c> or <c>session/confirm</c>.</param>
/// <param name="Status">The HTTP status sent; null when the connection was dropped without an answer.</param>
/// <param name="Error">The <c>error</c> of the answer's body when it failed (e.g. <c>token_expired</c>), else null.</param>
/// <param name="At">When it arrived (the simulator's clock).</param>
public sealed record MdrCall(string ClientId, string Path, int? Status, string? Error, DateTimeOffset At);

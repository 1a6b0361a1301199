namespace BlazorConsole.Sandbox.Ksc;

/// <summary>A signed-in caller: the user and the server (null: main) the session belongs to.</summary>
internal sealed record KscSession(long UserId, string UserName, long? VirtualServerId, string? VirtualServerUid);

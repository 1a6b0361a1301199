namespace BlazorConsole.Sandbox.Ksc;

/// <summary>One entry (KLSPLU_*) of a virtual server's ACL as last set with <c>VServers.SetPermissions</c>.</summary>
/// <param name="UserId">KLSPLU_AKUSER_ID (internal user), or null for an OS account.</param>
/// <param name="Name">KLSPLU_NAME (OS account), or null.</param>
/// <param name="AllowMask">KLSPLU_ALLOWMASK.</param>
/// <param name="DenyMask">KLSPLU_DENYMASK.</param>
public sealed record KscSimulatedPermission(long? UserId, string? Name, long AllowMask, long DenyMask);

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>A simulated virtual Administration Server.</summary>
/// <param name="Id">KLVSRV_ID.</param>
/// <param name="Uid">KLVSRV_UID, the name sessions give in <c>X-KSC-VServer</c>.</param>
/// <param name="DisplayName">KLVSRV_DN.</param>
/// <param name="ParentGroupId">KLVSRV_GRP, the group of the main server that holds it.</param>
/// <param name="Enabled">KLVSRV_ENABLED.</param>
/// <param name="Created">KLVSRV_CREATED.</param>
public sealed record KscSimulatedVirtualServer(long Id, string Uid, string DisplayName, long ParentGroupId, bool Enabled, DateTimeOffset Created);

namespace BlazorConsole.Core.Ksc;

/// <summary>An administration group (folder) of a KSC Administration Server.</summary>
public sealed record KscGroup(long Id, string Name, long ParentId);

/// <summary>
/// A virtual Administration Server: its numeric id (KLVSRV_ID), its globally unique name (KLVSRV_UID, the one a
/// session names in <c>X-KSC-VServer</c>), its display name (KLVSRV_DN), its parent group and whether it is enabled.
/// </summary>
public sealed record KscVirtualServer(long Id, string Uid, string DisplayName, long ParentGroupId, bool Enabled);

/// <summary>An internal KSC user account.</summary>
public sealed record KscUser(long Id, string Name);

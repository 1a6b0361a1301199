namespace BlazorConsole.Clients.Ksc;

/// <summary>
/// Which KSC calls may be sent again after a transient failure: reads (and sign-in, which creates nothing lasting).
/// Calls that create, change or remove something are never repeated, so a lost answer can never create a second
/// virtual server or remove something twice.
/// </summary>
public static class KscCallSafety
{
    private static readonly HashSet<string> SafeToRepeat = new(StringComparer.Ordinal)
    {
        "Session.StartSession",
        "Session.Ping",
        "HostGroup.GroupIdGroups",
        "HostGroup.FindGroups",
        "ChunkAccessor.GetItemsCount",
        "ChunkAccessor.GetItemsChunk",
        "ChunkAccessor.Release",
        "VServers.GetVServers",
        "VServers.GetVServerInfo",
        "VServers.GetPermissions",
        "SecurityPolicy.GetUsers",
        "AsyncActionStateChecker.CheckActionState",
        "HostGroup.GetStaticInfo",
        "HostGroup.SS_Read",
        "ServerHierarchy.GetChildServers",
        "ServerHierarchy.GetServerInfo",
    };

    /// <summary>True when <paramref name="method"/> (<c>Class.Method</c>) may be retried.</summary>
    public static bool IsSafeToRepeat(string method) => SafeToRepeat.Contains(method);
}

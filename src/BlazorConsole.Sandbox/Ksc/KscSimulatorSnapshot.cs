namespace BlazorConsole.Sandbox.Ksc;

/// <summary>A consistent, read-only copy of the simulator's state at one moment.</summary>
/// <param name="Groups">Every administration group, the root first, then by id.</param>
/// <param name="VirtualServers">Every virtual Administration Server, by id.</param>
/// <param name="Users">Every internal user of the main server and of the virtual servers, by id.</param>
/// <param name="Permissions">The ACL last set on each virtual server (key: KLVSRV_ID); servers never set are absent.</param>
/// <param name="Hosts">Known devices: host name → id of the group that holds it.</param>
public sealed record KscSimulatorSnapshot(
    IReadOnlyList<KscSimulatedGroup> Groups,
    IReadOnlyList<KscSimulatedVirtualServer> VirtualServers,
    IReadOnlyList<KscSimulatedUser> Users,
    IReadOnlyDictionary<long, IReadOnlyList<KscSimulatedPermission>> Permissions,
    IReadOnlyDictionary<string, long> Hosts)
{
    /// <summary>The users of one virtual server (null: of the main server).</summary>
    public IReadOnlyList<KscSimulatedUser> UsersOf(long? virtualServerId) =>
        [.. Users.Where(user => user.VirtualServerId == virtualServerId)];
}

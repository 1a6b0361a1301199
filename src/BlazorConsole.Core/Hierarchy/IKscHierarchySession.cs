using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Core.Hierarchy;

/// <summary>
/// A signed-in session with one Administration Server: its identity, its administration groups, its secondaries (as a
/// primary) and its primary server settings (as a secondary). Failures are <see cref="Result"/>s with KSC codes.
/// Disposing ends the session.
/// </summary>
public interface IKscHierarchySession : IAsyncDisposable
{
    /// <summary>Host name, certificate and version of the server (HostGroup.GetStaticInfo).</summary>
    Task<Result<KscServerIdentity>> GetIdentityAsync(CancellationToken cancellationToken);

    /// <summary>Every administration group, "Managed devices" first.</summary>
    Task<Result<IReadOnlyList<KscGroup>>> GetGroupsAsync(CancellationToken cancellationToken);

    /// <summary>The secondaries registered on this server with their status (ServerHierarchy.GetChildServers, GetServerInfo).</summary>
    Task<Result<IReadOnlyList<SecondaryServer>>> GetSecondariesAsync(CancellationToken cancellationToken);

    /// <summary>Registers a secondary on this server (ServerHierarchy.RegisterServer) and returns its id.</summary>
    Task<Result<long>> RegisterSecondaryAsync(SecondaryRegistration registration, CancellationToken cancellationToken);

    /// <summary>Removes the registration of a secondary (ServerHierarchy.DelServer).</summary>
    Task<Result> RemoveSecondaryAsync(long secondaryId, CancellationToken cancellationToken);

    /// <summary>Makes this server a secondary of the primary described (HostGroup.SS_Write of KLSRV_MASTER_SRV on <paramref name="hostName"/>).</summary>
    Task<Result> WritePrimaryConnectionAsync(string hostName, PrimaryConnection connection, CancellationToken cancellationToken);
}

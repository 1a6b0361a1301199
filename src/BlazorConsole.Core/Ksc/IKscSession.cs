using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Ksc;

/// <summary>
/// A signed-in session with the main KSC Administration Server: the calls tenant provisioning, activation and
/// removal need. Every failure is a <see cref="Result"/> with a <see cref="KscErrors"/> code (or a seed VIRMT code
/// where the seed names one); an object that does not exist is <see cref="KscErrors.ObjectNotFoundCode"/>.
/// Long KSC actions (removals) are awaited until KSC reports them finished. Disposing ends the session.
/// </summary>
public interface IKscSession : IAsyncDisposable
{
    /// <summary>Id of the "Managed devices" group.</summary>
    Task<Result<long>> GetManagedDevicesGroupIdAsync(CancellationToken cancellationToken);

    /// <summary>The subgroup of <paramref name="parentId"/> named <paramref name="name"/>, or ObjectNotFound.</summary>
    Task<Result<KscGroup>> FindGroupAsync(long parentId, string name, CancellationToken cancellationToken);

    /// <summary>The direct subgroups of <paramref name="parentId"/>.</summary>
    Task<Result<IReadOnlyList<KscGroup>>> GetSubgroupsAsync(long parentId, CancellationToken cancellationToken);

    /// <summary>Creates a group and returns its id.</summary>
    Task<Result<long>> AddGroupAsync(long parentId, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Removes a group. <paramref name="withContents"/> false removes it only when empty; true removes it with its
    /// subgroups, policies, tasks and devices.
    /// </summary>
    Task<Result> RemoveGroupAsync(long groupId, bool withContents, CancellationToken cancellationToken);

    /// <summary>All virtual Administration Servers.</summary>
    Task<Result<IReadOnlyList<KscVirtualServer>>> GetVirtualServersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Creates a virtual Administration Server in <paramref name="parentGroupId"/>. KSC renames a duplicate
    /// display name; the session reports that as <see cref="KscErrors.VirtualServerNameTakenCode"/> after removing
    /// the renamed server, so a tenant never gets a server named after another.
    /// </summary>
    Task<Result<KscVirtualServer>> AddVirtualServerAsync(long parentGroupId, string displayName, CancellationToken cancellationToken);

    /// <summary>Enables or disables a virtual Administration Server (KLVSRV_ENABLED).</summary>
    Task<Result> SetVirtualServerEnabledAsync(long virtualServerId, bool enabled, CancellationToken cancellationToken);

    /// <summary>Removes a virtual Administration Server with everything on it.</summary>
    Task<Result> RemoveVirtualServerAsync(long virtualServerId, CancellationToken cancellationToken);

    /// <summary>The internal users of a virtual Administration Server.</summary>
    Task<Result<IReadOnlyList<KscUser>>> GetUsersAsync(KscVirtualServer server, CancellationToken cancellationToken);

    /// <summary>
    /// Creates an internal user on a virtual Administration Server (the password is encrypted by KSC first).
    /// Fails with <c>VIRMT_UserWithSpecifiedNameAlreadyExists</c> or <c>VIRMT_PasswordNotComplyPolicy</c>.
    /// </summary>
    Task<Result<long>> AddUserAsync(KscVirtualServer server, string userName, string password, CancellationToken cancellationToken);

    /// <summary>Gives a user the main administrator rights on a virtual Administration Server.</summary>
    Task<Result> GrantAdministratorRightsAsync(KscVirtualServer server, long userId, CancellationToken cancellationToken);

    /// <summary>Removes a user from a virtual Administration Server.</summary>
    Task<Result> DeleteUserAsync(KscVirtualServer server, long userId, CancellationToken cancellationToken);
}

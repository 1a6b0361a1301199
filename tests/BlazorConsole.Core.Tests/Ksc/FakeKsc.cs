using System.Runtime.CompilerServices;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Core.Tests.Ksc;

/// <summary>
/// A KSC Administration Server in memory behind <see cref="IKscSessions"/>: groups, virtual servers, users per
/// server, rights. <see cref="FailOn"/> makes the Nth call of a method fail; <see cref="Configured"/> false
/// answers KSC_ServiceNotConfigured. <see cref="Snapshot"/> describes the whole state for before/after checks.
/// </summary>
internal sealed class FakeKsc : IKscSessions
{
    public const long ManagedDevicesId = 1;

    private readonly Lock _lock = new();
    private readonly Dictionary<long, KscGroup> _groups = [];
    private readonly Dictionary<long, KscVirtualServer> _servers = [];
    private readonly Dictionary<long, List<KscUser>> _users = [];
    private readonly HashSet<(long Server, long User)> _administrators = [];
    private readonly Dictionary<string, (int Call, Error Error)> _faults = [];
    private readonly Dictionary<string, int> _calls = [];
    private long _nextId = 100;

    public bool Configured { get; set; } = true;

    public Error? OpenError { get; set; }

    public List<string> Log { get; } = [];

    /// <summary>Runs before every call with the method's name (for example to cancel the task mid-way).</summary>
    public Action<string>? BeforeCall { get; set; }

    public int OpenSessions { get; private set; }

    /// <summary>Makes the <paramref name="call"/>-th call of <paramref name="method"/> (counted from now) fail.</summary>
    public void FailOn(string method, int call = 1, Error? error = null)
    {
        lock (_lock)
        {
            _faults[method] = (_calls.GetValueOrDefault(method) + call, error ?? KscErrors.CallFailed(method, "injected fault"));
        }
    }

    public long AddGroup(long parentId, string name)
    {
        lock (_lock)
        {
            var id = ++_nextId;
            _groups[id] = new KscGroup(id, name, parentId);
            return id;
        }
    }

    public long AddServer(long folderId, string name, bool enabled)
    {
        lock (_lock)
        {
            var id = ++_nextId;
            _servers[id] = new KscVirtualServer(id, $"vs-{id}", name, folderId, enabled);
            _users[id] = [];
            return id;
        }
    }

    public void AddUser(long serverId, string name)
    {
        lock (_lock)
        {
            _users[serverId].Add(new KscUser(++_nextId, name));
        }
    }

    public IReadOnlyList<KscGroup> Groups { get { lock (_lock) { return [.. _groups.Values]; } } }

    public IReadOnlyList<KscVirtualServer> Servers { get { lock (_lock) { return [.. _servers.Values]; } } }

    public IReadOnlyList<string> UsersOf(long serverId) { lock (_lock) { return _users.TryGetValue(serverId, out var u) ? [.. u.Select(x => x.Name)] : []; } }

    public bool IsAdministrator(long serverId, string userName)
    {
        lock (_lock)
        {
            return _users.TryGetValue(serverId, out var users)
                && users.Any(u => u.Name == userName && _administrators.Contains((serverId, u.Id)));
        }
    }

    /// <summary>Everything in the server, ordered, for "state equal to before" checks.</summary>
    public string Snapshot()
    {
        lock (_lock)
        {
            var groups = _groups.Values.OrderBy(g => g.Id).Select(g => $"group {g.Id} '{g.Name}' in {g.ParentId}");
            var servers = _servers.Values.OrderBy(s => s.Id).Select(s => $"server {s.Id} '{s.DisplayName}' in {s.ParentGroupId} enabled={s.Enabled}");
            var users = _users.OrderBy(u => u.Key).SelectMany(u => u.Value.Select(x => $"user '{x.Name}' on {u.Key}"));
            return string.Join('\n', groups.Concat(servers).Concat(users));
        }
    }

    public Task<Result<IKscSession>> OpenAsync(CancellationToken cancellationToken)
    {
        if (!Configured)
        {
            return Task.FromResult<Result<IKscSession>>(KscErrors.ServiceNotConfigured());
        }

        if (OpenError is { } error)
        {
            return Task.FromResult<Result<IKscSession>>(error);
        }

        lock (_lock)
        {
            OpenSessions++;
        }

        return Task.FromResult<Result<IKscSession>>(new Session(this));
    }

    private Error? Call([CallerMemberName] string method = "")
    {
        BeforeCall?.Invoke(method);
        lock (_lock)
        {
            var count = _calls[method] = _calls.GetValueOrDefault(method) + 1;
            Log.Add(method);
            return _faults.TryGetValue(method, out var fault) && fault.Call == count ? fault.Error : null;
        }
    }

    private sealed class Session(FakeKsc ksc) : IKscSession
    {
        public ValueTask DisposeAsync()
        {
            lock (ksc._lock)
            {
                ksc.OpenSessions--;
            }

            return ValueTask.CompletedTask;
        }

        public Task<Result<long>> GetManagedDevicesGroupIdAsync(CancellationToken cancellationToken) =>
            Done<long>(ksc.Call() is { } e ? e : ManagedDevicesId);

        public Task<Result<KscGroup>> FindGroupAsync(long parentId, string name, CancellationToken cancellationToken)
        {
            if (ksc.Call() is { } e)
            {
                return Done<KscGroup>(e);
            }

            lock (ksc._lock)
            {
                var group = ksc._groups.Values.FirstOrDefault(g => g.ParentId == parentId && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));
                return Done<KscGroup>(group is null ? KscErrors.ObjectNotFound($"Group '{name}'") : group);
            }
        }

        public Task<Result<IReadOnlyList<KscGroup>>> GetSubgroupsAsync(long parentId, CancellationToken cancellationToken)
        {
            if (ksc.Call() is { } e)
            {
                return Done<IReadOnlyList<KscGroup>>(e);
            }

            lock (ksc._lock)
            {
                return Done<IReadOnlyList<KscGroup>>(ksc._groups.Values.Where(g => g.ParentId == parentId).ToList());
            }
        }

        public Task<Result<long>> AddGroupAsync(long parentId, string name, CancellationToken cancellationToken) =>
            Done<long>(ksc.Call() is { } e ? e : ksc.AddGroup(parentId, name));

        public Task<Result> RemoveGroupAsync(long groupId, bool withContents, CancellationToken cancellationToken)
        {
            if (ksc.Call() is { } e)
            {
                return Task.FromResult<Result>(e);
            }

            lock (ksc._lock)
            {
                if (!ksc._groups.ContainsKey(groupId))
                {
                    return Task.FromResult<Result>(KscErrors.ObjectNotFound($"Group {groupId}"));
                }

                var hasContents = ksc._groups.Values.Any(g => g.ParentId == groupId) || ksc._servers.Values.Any(s => s.ParentGroupId == groupId);
                if (hasContents && !withContents)
                {
                    return Task.FromResult<Result>(KscErrors.CallFailed("HostGroup.RemoveGroup", "the group is not empty"));
                }

                RemoveTree(groupId);
                return Task.FromResult(Result.Success());
            }
        }

        public Task<Result<IReadOnlyList<KscVirtualServer>>> GetVirtualServersAsync(CancellationToken cancellationToken)
        {
            if (ksc.Call() is { } e)
            {
                return Done<IReadOnlyList<KscVirtualServer>>(e);
            }

            lock (ksc._lock)
            {
                return Done<IReadOnlyList<KscVirtualServer>>(ksc._servers.Values.ToList());
            }
        }

        public Task<Result<KscVirtualServer>> AddVirtualServerAsync(long parentGroupId, string displayName, CancellationToken cancellationToken)
        {
            if (ksc.Call() is { } e)
            {
                return Done<KscVirtualServer>(e);
            }

            lock (ksc._lock)
            {
                var id = ++ksc._nextId;
                var server = new KscVirtualServer(id, $"vs-{id}", displayName, parentGroupId, true);
                ksc._servers[id] = server;
                ksc._users[id] = [];
                return Done<KscVirtualServer>(server);
            }
        }

        public Task<Result> SetVirtualServerEnabledAsync(long virtualServerId, bool enabled, CancellationToken cancellationToken)
        {
            if (ksc.Call() is { } e)
            {
                return Task.FromResult<Result>(e);
            }

            lock (ksc._lock)
            {
                if (!ksc._servers.TryGetValue(virtualServerId, out var server))
                {
                    return Task.FromResult<Result>(KscErrors.ObjectNotFound($"Virtual server {virtualServerId}"));
                }

                ksc._servers[virtualServerId] = server with { Enabled = enabled };
                return Task.FromResult(Result.Success());
            }
        }

        public Task<Result> RemoveVirtualServerAsync(long virtualServerId, CancellationToken cancellationToken)
        {
            if (ksc.Call() is { } e)
            {
                return Task.FromResult<Result>(e);
            }

            lock (ksc._lock)
            {
                if (!ksc._servers.Remove(virtualServerId))
                {
                    return Task.FromResult<Result>(KscErrors.ObjectNotFound($"Virtual server {virtualServerId}"));
                }

                ksc._users.Remove(virtualServerId);
                return Task.FromResult(Result.Success());
            }
        }

        public Task<Result<IReadOnlyList<KscUser>>> GetUsersAsync(KscVirtualServer server, CancellationToken cancellationToken)
        {
            if (ksc.Call() is { } e)
            {
                return Done<IReadOnlyList<KscUser>>(e);
            }

            lock (ksc._lock)
            {
                return ksc._users.TryGetValue(server.Id, out var users)
                    ? Done<IReadOnlyList<KscUser>>(users.ToList())
                    : Done<IReadOnlyList<KscUser>>(KscErrors.ObjectNotFound($"Virtual server {server.Id}"));
            }
        }

        public Task<Result<long>> AddUserAsync(KscVirtualServer server, string userName, string password, CancellationToken cancellationToken)
        {
            if (ksc.Call() is { } e)
            {
                return Done<long>(e);
            }

            lock (ksc._lock)
            {
                if (ksc._users.Values.SelectMany(u => u).Any(u => string.Equals(u.Name, userName, StringComparison.OrdinalIgnoreCase)))
                {
                    return Done<long>(TenantErrors.UserAlreadyExists(userName));
                }

                if (password.Length < 8)
                {
                    return Done<long>(TenantErrors.PasswordNotComplyPolicy("at least 8 characters"));
                }

                var user = new KscUser(++ksc._nextId, userName);
                ksc._users[server.Id].Add(user);
                return Done<long>(user.Id);
            }
        }

        public Task<Result> GrantAdministratorRightsAsync(KscVirtualServer server, long userId, CancellationToken cancellationToken)
        {
            if (ksc.Call() is { } e)
            {
                return Task.FromResult<Result>(e);
            }

            lock (ksc._lock)
            {
                ksc._administrators.Add((server.Id, userId));
                return Task.FromResult(Result.Success());
            }
        }

        public Task<Result> DeleteUserAsync(KscVirtualServer server, long userId, CancellationToken cancellationToken)
        {
            if (ksc.Call() is { } e)
            {
                return Task.FromResult<Result>(e);
            }

            lock (ksc._lock)
            {
                var removed = ksc._users.TryGetValue(server.Id, out var users) && users.RemoveAll(u => u.Id == userId) > 0;
                ksc._administrators.Remove((server.Id, userId));
                return Task.FromResult(removed ? Result.Success() : KscErrors.ObjectNotFound($"User {userId}"));
            }
        }

        private void RemoveTree(long groupId)
        {
            foreach (var child in ksc._groups.Values.Where(g => g.ParentId == groupId).Select(g => g.Id).ToList())
            {
                RemoveTree(child);
            }

            foreach (var server in ksc._servers.Values.Where(s => s.ParentGroupId == groupId).Select(s => s.Id).ToList())
            {
                ksc._servers.Remove(server);
                ksc._users.Remove(server);
            }

            ksc._groups.Remove(groupId);
        }

        private static Task<Result<T>> Done<T>(Result<T> result) => Task.FromResult(result);
    }
}

/// <summary>Puts a complete tenant's KSC objects in a <see cref="FakeKsc"/> as provisioning leaves them.</summary>
internal static class KscTenants
{
    public static (long ServerId, long FolderId) Provision(FakeKsc ksc, string name, string admin, bool enabled = true)
    {
        var root = ksc.Groups.FirstOrDefault(g => g.ParentId == FakeKsc.ManagedDevicesId && g.Name == KscDefaults.MultitenancyFolderName)?.Id
            ?? ksc.AddGroup(FakeKsc.ManagedDevicesId, KscDefaults.MultitenancyFolderName);
        var folder = ksc.AddGroup(root, name);
        var serverId = ksc.AddServer(folder, name, enabled);
        ksc.AddUser(serverId, admin);
        return (serverId, folder);
    }
}

using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// Everything one simulator run holds (groups, virtual servers, users, ACLs, devices, sessions, accessors, actions)
/// and the simulated methods that read and change it. One lock guards all of it.
/// </summary>
internal sealed partial class KscState(KscSimulatorOptions options, KscPasswordVault vault)
{
    private const long RootParentId = -1;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, KscSimulatedGroup> _groups = [];
    private readonly Dictionary<long, KscSimulatedVirtualServer> _servers = [];
    private readonly Dictionary<long, KscSimulatedUser> _users = [];
    private readonly Dictionary<long, List<KscSimulatedPermission>> _permissions = [];
    private readonly Dictionary<string, long> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, KscSession> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KscSession> _connectionSessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonObject>> _accessors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingAction> _actions = new(StringComparer.Ordinal);
    private long _nextGroupId;
    private long _nextServerId;
    private long _nextUserId;

    /// <summary>Id of the root group ("Managed devices").</summary>
    public long RootGroupId { get; private set; }

    /// <summary>Empties everything and creates the root group and the main server's administrator.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _groups.Clear();
            _servers.Clear();
            _users.Clear();
            _permissions.Clear();
            _hosts.Clear();
            _sessions.Clear();
            _connectionSessions.Clear();
            _accessors.Clear();
            _actions.Clear();
            ResetHierarchyLocked();
            ResetTwoStepLocked();
            _nextGroupId = 0;
            _nextServerId = 1;
            _nextUserId = 1;
            RootGroupId = _nextGroupId++;
            _groups[RootGroupId] = new KscSimulatedGroup(RootGroupId, options.ManagedDevicesGroupName, RootParentId);
            AddUserLocked(options.AdminUserName, options.AdminPassword, null);
        }
    }

    public KscSimulatorSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new KscSimulatorSnapshot(
                [.. _groups.Values.OrderBy(group => group.ParentId == RootParentId ? 0 : 1).ThenBy(group => group.Id)],
                [.. _servers.Values.OrderBy(server => server.Id)],
                [.. _users.Values.OrderBy(user => user.Id)],
                _permissions.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<KscSimulatedPermission>)[.. pair.Value]),
                new Dictionary<string, long>(_hosts, StringComparer.OrdinalIgnoreCase));
        }
    }

    /// <summary>Runs a simulated method (not Session.*) for <paramref name="session"/>; failures throw <see cref="KscPxgException"/>.</summary>
    public JsonObject Invoke(string method, KscSession session, JsonObject args, IReadOnlyList<KscPeer>? peers = null)
    {
        lock (_gate)
        {
            if (!_users.ContainsKey(session.UserId) || (session.VirtualServerId is { } serverId && !_servers.ContainsKey(serverId)))
            {
                throw KscPxgException.AccessDenied("The account or virtual server of this session no longer exists");
            }

            if (InvokeHierarchy(method, session, args, peers ?? []) is { } hierarchyAnswer)
            {
                return hierarchyAnswer;
            }

            return method switch
            {
                "HostGroup.GroupIdGroups" => MainOnly(session, () => Result(RootGroupId)),
                "HostGroup.FindGroups" => MainOnly(session, () => FindGroups(args)),
                "HostGroup.AddGroup" => MainOnly(session, () => AddGroup(args)),
                "HostGroup.RemoveGroup" => MainOnly(session, () => RemoveGroup(args)),
                "HostGroup.MoveHostsToGroup" => MainOnly(session, () => MoveHostsToGroup(args)),
                "ChunkAccessor.GetItemsCount" => GetItemsCount(args),
                "ChunkAccessor.GetItemsChunk" => GetItemsChunk(args),
                "ChunkAccessor.Release" => ReleaseAccessor(args),
                "AsyncActionStateChecker.CheckActionState" => CheckActionState(args),
                "VServers.AddVServerInfo" => MainOnly(session, () => AddVServerInfo(args)),
                "VServers.GetVServers" => MainOnly(session, () => GetVServers(args)),
                "VServers.GetVServerInfo" => MainOnly(session, () => GetVServerInfo(args)),
                "VServers.UpdateVServerInfo" => MainOnly(session, () => UpdateVServerInfo(args)),
                "VServers.DelVServer" => MainOnly(session, () => DelVServer(args)),
                "VServers.SetPermissions" => MainOnly(session, () => SetPermissions(args)),
                "VServers.GetPermissions" => MainOnly(session, () => GetPermissions(args)),
                "DataProtectionApi.ProtectUtf16StringGlobally" => Protect(args),
                "SecurityPolicy.AddUser" => AddUser(session, args),
                "SecurityPolicy.GetUsers" => GetUsers(session, args),
                "SecurityPolicy.DeleteUser" => DeleteUser(session, args),
                _ => throw new KscPxgException(KscPxgErrors.UnknownMethod, KscPxgErrors.StandardModule, $"Method '{method}' not found"),
            };
        }
    }

    private static JsonObject MainOnly(KscSession session, Func<JsonObject> call) =>
        session.VirtualServerId is null
            ? call()
            : throw KscPxgException.AccessDenied("This method is available on the main Administration Server only");

    private static JsonObject Result(JsonNode? value) => new() { ["PxgRetVal"] = value };

    private static JsonObject Empty() => [];

    private JsonObject Protect(JsonObject args)
    {
        var plain = KscWireValues.GetString(args, "szwPlainText") ?? throw KscPxgException.BadArgument("Parameter 'szwPlainText' is missing");
        return Result(KscWireValues.WrapBinary(vault.Protect(plain)));
    }

    private string Track(PendingAction action)
    {
        var id = Guid.NewGuid().ToString("D");
        _actions[id] = action;
        return id;
    }

    private JsonObject CheckActionState(JsonObject args)
    {
        var id = KscWireValues.RequireString(args, "wstrActionGuid");
        if (!_actions.TryGetValue(id, out var action))
        {
            throw KscPxgException.NotFound($"Action {id}");
        }

        if (action.PendingChecks > 0)
        {
            action.PendingChecks--;
            return new JsonObject
            {
                ["bFinalized"] = false,
                ["bSuccededFinalized"] = false,
                ["lStateCode"] = 0,
                ["pStateData"] = new JsonObject(),
                ["lNextCheckDelay"] = (long)options.ActionCheckDelay.TotalMilliseconds,
            };
        }

        if (!action.Done)
        {
            try
            {
                action.Complete();
            }
            catch (KscPxgException failure)
            {
                action.Error = failure;
            }

            action.Done = true;
        }

        var stateData = new JsonObject();
        if (action.Error is { } error)
        {
            stateData["KLBLAG_ERROR_INFO"] = KscWireValues.WrapParams(new JsonObject
            {
                ["KLBLAG_ERROR_CODE"] = error.Code,
                ["KLBLAG_ERROR_MODULE"] = error.Module,
                ["KLBLAG_ERROR_MSG"] = error.Message,
            });
        }

        return new JsonObject
        {
            ["bFinalized"] = true,
            ["bSuccededFinalized"] = action.Error is null,
            ["lStateCode"] = action.Error is null ? 0 : 1,
            ["pStateData"] = stateData,
            ["lNextCheckDelay"] = 0,
        };
    }

    private sealed class PendingAction(int pendingChecks, Action complete)
    {
        public int PendingChecks { get; set; } = pendingChecks;

        public Action Complete { get; } = complete;

        public bool Done { get; set; }

        public KscPxgException? Error { get; set; }
    }
}

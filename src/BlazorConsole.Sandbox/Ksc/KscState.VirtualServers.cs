using System.Globalization;
using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>VServers.*.</summary>
internal sealed partial class KscState
{
    /// <summary>KLSPL_POSSIBLE_RIGHTS of every virtual server's ACL: the rights an entry may be given.</summary>
    public const long PossibleRights = 0xFF;

    public KscSimulatedVirtualServer EnsureVirtualServer(string displayName, long parentGroupId)
    {
        lock (_gate)
        {
            return _servers.Values.FirstOrDefault(server => NameEquals(server.DisplayName, displayName))
                ?? AddVirtualServerLocked(displayName, parentGroupId);
        }
    }

    private KscSimulatedVirtualServer RequireServer(long id) =>
        _servers.TryGetValue(id, out var server) ? server : throw KscPxgException.NotFound($"Virtual server {id}");

    private KscSimulatedVirtualServer AddVirtualServerLocked(string displayName, long parentGroupId)
    {
        RequireGroup(parentGroupId);
        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw KscPxgException.BadArgument("A virtual server's display name cannot be empty");
        }

        if (_servers.Count >= options.MaxVirtualServers)
        {
            throw new KscPxgException(
                KscPxgErrors.VirtualServerLimitReached,
                KscPxgErrors.VirtualServersModule,
                $"The Administration Server already has {options.MaxVirtualServers} virtual Administration Servers");
        }

        // KSC keeps display names unique by renaming a duplicate.
        var name = displayName;
        for (var suffix = 1; _servers.Values.Any(server => NameEquals(server.DisplayName, name)); suffix++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{displayName} ({suffix})");
        }

        var id = _nextServerId++;
        var server = new KscSimulatedVirtualServer(id, Guid.NewGuid().ToString("D"), name, parentGroupId, true, options.TimeProvider.GetUtcNow());
        _servers[id] = server;
        return server;
    }

    private static JsonObject ServerInfo(KscSimulatedVirtualServer server) => new()
    {
        ["KLVSRV_ID"] = server.Id,
        ["KLVSRV_UID"] = server.Uid,
        ["KLVSRV_DN"] = server.DisplayName,
        ["KLVSRV_GRP"] = server.ParentGroupId,
        ["KLVSRV_GROUPS"] = (server.Id * 1000) + 1,
        ["KLVSRV_UNASSIGNED"] = (server.Id * 1000) + 2,
        ["KLVSRV_SUPER"] = (server.Id * 1000) + 3,
        ["KLVSRV_ENABLED"] = server.Enabled,
        ["KLVSRV_CREATED"] = KscWireValues.WrapDateTime(server.Created),
    };

    private JsonObject AddVServerInfo(JsonObject args)
    {
        var name = KscWireValues.RequireString(args, "strDisplayName");
        var parent = KscWireValues.RequireLong(args, "lParentGroup");
        return Result(ServerInfo(AddVirtualServerLocked(name, parent)));
    }

    private JsonObject GetVServers(JsonObject args)
    {
        var parent = KscWireValues.GetLong(args, "lParentGroup") ?? -1;
        var servers = _servers.Values
            .Where(server => parent == -1 || server.ParentGroupId == parent)
            .OrderBy(server => server.Id)
            .Select(server => (JsonNode)KscWireValues.WrapParams(ServerInfo(server)))
            .ToArray();
        return Result(new JsonArray(servers));
    }

    private JsonObject GetVServerInfo(JsonObject args) => Result(ServerInfo(RequireServer(KscWireValues.RequireLong(args, "lVServer"))));

    private JsonObject UpdateVServerInfo(JsonObject args)
    {
        var server = RequireServer(KscWireValues.RequireLong(args, "lVServer"));
        var info = KscWireValues.RequireParams(args, "pInfo");
        var name = KscWireValues.GetString(info, "KLVSRV_DN");
        if (name is not null)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw KscPxgException.BadArgument("A virtual server's display name cannot be empty");
            }

            if (_servers.Values.Any(other => other.Id != server.Id && NameEquals(other.DisplayName, name)))
            {
                throw KscPxgException.AlreadyExists($"A virtual server named '{name}' already exists");
            }
        }

        _servers[server.Id] = server with
        {
            DisplayName = name ?? server.DisplayName,
            Enabled = KscWireValues.GetBool(info, "KLVSRV_ENABLED") ?? server.Enabled,
        };
        return Empty();
    }

    private JsonObject DelVServer(JsonObject args)
    {
        var id = RequireServer(KscWireValues.RequireLong(args, "lVServer")).Id;
        var action = new PendingAction(options.ActionPendingChecks, () =>
        {
            RequireServer(id);
            _servers.Remove(id);
            _permissions.Remove(id);
            foreach (var user in _users.Values.Where(user => user.VirtualServerId == id).ToList())
            {
                _users.Remove(user.Id);
            }

            RemoveSessionsLocked(session => session.VirtualServerId == id);
        });
        return new JsonObject { ["strActionGuid"] = Track(action) };
    }

    private JsonObject SetPermissions(JsonObject args)
    {
        var server = RequireServer(KscWireValues.RequireLong(args, "lVServer"));
        var acl = KscWireValues.RequireParams(args, "pPermissions");
        var entries = KscWireValues.GetArray(acl, "KLSPL_PERMISSIONS") ?? throw KscPxgException.BadArgument("KLSPL_PERMISSIONS is missing");
        var permissions = new List<KscSimulatedPermission>();
        foreach (var node in entries)
        {
            var entry = KscWireValues.Unwrap(node) as JsonObject ?? throw KscPxgException.BadArgument("A permission entry is not params");
            permissions.Add(new KscSimulatedPermission(
                KscWireValues.GetLong(entry, "KLSPLU_AKUSER_ID"),
                KscWireValues.GetString(entry, "KLSPLU_NAME"),
                KscWireValues.GetLong(entry, "KLSPLU_ALLOWMASK") ?? 0,
                KscWireValues.GetLong(entry, "KLSPLU_DENYMASK") ?? 0));
        }

        _permissions[server.Id] = permissions;
        return Empty();
    }

    private JsonObject GetPermissions(JsonObject args)
    {
        var server = RequireServer(KscWireValues.RequireLong(args, "lVServer"));
        var entries = _permissions.TryGetValue(server.Id, out var permissions) ? permissions : [];
        var array = new JsonArray([.. entries.Select(entry => (JsonNode)KscWireValues.WrapParams(PermissionEntry(entry)))]);
        return Result(new JsonObject
        {
            ["KLSPL_INHERITED"] = !_permissions.ContainsKey(server.Id),
            ["KLSPL_POSSIBLE_RIGHTS"] = PossibleRights,
            ["KLSPL_PERMISSIONS"] = array,
        });
    }

    private static JsonObject PermissionEntry(KscSimulatedPermission entry)
    {
        var json = new JsonObject
        {
            ["KLSPLU_MAY_WRITE"] = true,
            ["KLSPLU_MAY_REMOVE"] = true,
            ["KLSPLU_ALLOWMASK"] = entry.AllowMask,
            ["KLSPLU_DENYMASK"] = entry.DenyMask,
        };
        if (entry.UserId is { } userId)
        {
            json["KLSPLU_AKUSER_ID"] = userId;
        }

        if (entry.Name is { } name)
        {
            json["KLSPLU_NAME"] = name;
        }

        return json;
    }
}

using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>HostGroup.* and ChunkAccessor.*.</summary>
internal sealed partial class KscState
{
    private static readonly string[] GroupFields = ["id", "name", "parentId"];

    /// <summary>Removal flags of HostGroup.RemoveGroup: only when empty; with subgroups, policies and tasks; also with devices.</summary>
    private const long RemoveWhenEmpty = 1;
    private const long RemoveWithSubgroups = 2;
    private const long RemoveWithDevices = 3;

    public long EnsureGroup(long parentId, string name)
    {
        lock (_gate)
        {
            var existing = _groups.Values.FirstOrDefault(group => group.ParentId == parentId && NameEquals(group.Name, name));
            return existing?.Id ?? AddGroupLocked(parentId, name);
        }
    }

    public void EnsureHost(string hostName, long groupId)
    {
        lock (_gate)
        {
            RequireGroup(groupId);
            _hosts[hostName] = groupId;
        }
    }

    private static bool NameEquals(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private KscSimulatedGroup RequireGroup(long id) =>
        _groups.TryGetValue(id, out var group) ? group : throw KscPxgException.NotFound($"Group {id}");

    private long AddGroupLocked(long parentId, string name)
    {
        RequireGroup(parentId);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw KscPxgException.BadArgument("A group name cannot be empty");
        }

        if (_groups.Values.Any(group => group.ParentId == parentId && NameEquals(group.Name, name)))
        {
            throw KscPxgException.AlreadyExists($"Group '{name}' already exists in group {parentId}");
        }

        var id = _nextGroupId++;
        _groups[id] = new KscSimulatedGroup(id, name, parentId);
        return id;
    }

    private JsonObject AddGroup(JsonObject args)
    {
        var info = KscWireValues.RequireParams(args, "pInfo");
        var name = KscWireValues.RequireString(info, "name");
        var parentId = KscWireValues.RequireLong(info, "parentId");
        return Result(AddGroupLocked(parentId, name));
    }

    private JsonObject FindGroups(JsonObject args)
    {
        var filter = KscGroupFilter.Parse(KscWireValues.GetString(args, "wstrFilter"));
        var requested = KscWireValues.GetArray(args, "vecFieldsToReturn")?
            .Select(KscWireValues.AsString)
            .OfType<string>()
            .ToArray();
        var fields = requested is { Length: > 0 } ? requested : GroupFields;
        var rows = _groups.Values
            .Where(filter.Matches)
            .OrderBy(group => group.Id)
            .Select(group => GroupRow(group, fields))
            .ToList();
        var accessor = Guid.NewGuid().ToString("N");
        _accessors[accessor] = rows;
        return new JsonObject { ["PxgRetVal"] = rows.Count, ["strAccessor"] = accessor };
    }

    private static JsonObject GroupRow(KscSimulatedGroup group, IEnumerable<string> fields)
    {
        var row = new JsonObject();
        foreach (var field in fields)
        {
            switch (field)
            {
                case "id":
                    row["id"] = group.Id;
                    break;
                case "name":
                    row["name"] = group.Name;
                    break;
                case "parentId":
                    row["parentId"] = group.ParentId;
                    break;
                default:
                    break;
            }
        }

        return row;
    }

    private List<JsonObject> RequireAccessor(JsonObject args)
    {
        var accessor = KscWireValues.RequireString(args, "strAccessor");
        return _accessors.TryGetValue(accessor, out var rows) ? rows : throw KscPxgException.NotFound($"Accessor {accessor}");
    }

    private JsonObject GetItemsCount(JsonObject args) => Result(RequireAccessor(args).Count);

    private JsonObject GetItemsChunk(JsonObject args)
    {
        var rows = RequireAccessor(args);
        var start = KscWireValues.RequireLong(args, "nStart");
        var count = KscWireValues.RequireLong(args, "nCount");
        if (start < 0 || count < 0)
        {
            throw KscPxgException.BadArgument("nStart and nCount cannot be negative");
        }

        var page = rows.Skip((int)Math.Min(start, int.MaxValue)).Take((int)Math.Min(count, int.MaxValue))
            .Select(row => (JsonNode)KscWireValues.WrapParams((JsonObject)row.DeepClone()))
            .ToArray();
        return new JsonObject
        {
            ["PxgRetVal"] = page.Length,
            ["pChunk"] = new JsonObject { ["KLCSP_ITERATOR_ARRAY"] = new JsonArray(page) },
        };
    }

    private JsonObject ReleaseAccessor(JsonObject args)
    {
        var accessor = KscWireValues.RequireString(args, "strAccessor");
        _accessors.Remove(accessor);
        return Empty();
    }

    private JsonObject RemoveGroup(JsonObject args)
    {
        var id = KscWireValues.RequireLong(args, "nGroup");
        var flags = KscWireValues.RequireLong(args, "nFlags");
        if (flags is not (RemoveWhenEmpty or RemoveWithSubgroups or RemoveWithDevices))
        {
            throw KscPxgException.BadArgument("nFlags must be 1, 2 or 3");
        }

        RequireGroup(id);
        if (id == RootGroupId)
        {
            throw KscPxgException.AccessDenied("The root group cannot be removed");
        }

        var action = new PendingAction(options.ActionPendingChecks, () => RemoveGroupNow(id, flags));
        return new JsonObject { ["strActionGuid"] = Track(action) };
    }

    private void RemoveGroupNow(long id, long flags)
    {
        RequireGroup(id);
        var subtree = Subtree(id);
        var subgroups = subtree.Count - 1;
        var hosts = _hosts.Where(host => subtree.Contains(host.Value)).Select(host => host.Key).ToList();
        if (_servers.Values.Any(server => subtree.Contains(server.ParentGroupId)))
        {
            throw new KscPxgException(KscPxgErrors.NotEmpty, KscPxgErrors.StandardModule, $"Group {id} contains virtual Administration Servers");
        }

        if (flags == RemoveWhenEmpty && subgroups > 0)
        {
            throw new KscPxgException(KscPxgErrors.NotEmpty, KscPxgErrors.StandardModule, $"Group {id} contains subgroups");
        }

        if (flags != RemoveWithDevices && hosts.Count > 0)
        {
            throw new KscPxgException(KscPxgErrors.NotEmpty, KscPxgErrors.StandardModule, $"Group {id} contains devices");
        }

        foreach (var host in hosts)
        {
            _hosts.Remove(host);
        }

        foreach (var groupId in subtree)
        {
            _groups.Remove(groupId);
        }
    }

    private HashSet<long> Subtree(long id)
    {
        var subtree = new HashSet<long> { id };
        var added = true;
        while (added)
        {
            added = false;
            foreach (var group in _groups.Values)
            {
                if (subtree.Contains(group.ParentId) && subtree.Add(group.Id))
                {
                    added = true;
                }
            }
        }

        return subtree;
    }

    private JsonObject MoveHostsToGroup(JsonObject args)
    {
        var groupId = KscWireValues.RequireLong(args, "nGroup");
        RequireGroup(groupId);
        var names = KscWireValues.GetArray(args, "pHostNames") ?? throw KscPxgException.BadArgument("Parameter 'pHostNames' is missing");
        foreach (var name in names.Select(KscWireValues.AsString).OfType<string>())
        {
            if (_hosts.ContainsKey(name))
            {
                _hosts[name] = groupId;
            }
        }

        return Empty();
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using BlazorConsole.Clients.Ksc.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Clients.Ksc;

/// <summary>
/// A connection-independent session with a KSC Administration Server (<c>X-KSC-Session</c> on every call); calls on
/// a virtual server open a short extra session with <c>X-KSC-VServer</c>. Disposing ends the session.
/// </summary>
internal sealed partial class KscSession(KscChannel channel, string sessionId, TimeProvider timeProvider) : IKscSession
{
    /// <summary>Rows asked per <c>ChunkAccessor.GetItemsChunk</c>.</summary>
    public const int ChunkSize = 100;

    private static readonly TimeSpan MinimumCheckDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaximumCheckDelay = TimeSpan.FromSeconds(10);
    private static readonly string[] GroupFields = ["id", "name", "parentId"];
    private int _ended;

    public async Task<Result<long>> GetManagedDevicesGroupIdAsync(CancellationToken cancellationToken)
    {
        var answer = await CallAsync("HostGroup.GroupIdGroups", [], "The Managed devices group", cancellationToken);
        return answer.IsSuccess ? RequireLong(answer.Value, "PxgRetVal", "HostGroup.GroupIdGroups") : answer.Error;
    }

    public async Task<Result<KscGroup>> FindGroupAsync(long parentId, string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var filter = string.Create(CultureInfo.InvariantCulture, $"(&(parentId={parentId})(name=\"{EscapeFilterValue(name)}\"))");
        var groups = await FindGroupsAsync(filter, cancellationToken);
        if (!groups.IsSuccess)
        {
            return groups.Error;
        }

        var group = groups.Value.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        return group is null
            ? KscErrors.ObjectNotFound(string.Create(CultureInfo.InvariantCulture, $"The group '{name}' in group {parentId}"))
            : group;
    }

    public Task<Result<IReadOnlyList<KscGroup>>> GetSubgroupsAsync(long parentId, CancellationToken cancellationToken) =>
        FindGroupsAsync(string.Create(CultureInfo.InvariantCulture, $"(parentId={parentId})"), cancellationToken);

    public async Task<Result<long>> AddGroupAsync(long parentId, string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var parameters = new JsonObject { ["pInfo"] = new JsonObject { ["name"] = name, ["parentId"] = parentId } };
        var answer = await CallAsync("HostGroup.AddGroup", parameters, Subject("The group", parentId), cancellationToken);
        return answer.IsSuccess ? RequireLong(answer.Value, "PxgRetVal", "HostGroup.AddGroup") : answer.Error;
    }

    public async Task<Result> RemoveGroupAsync(long groupId, bool withContents, CancellationToken cancellationToken)
    {
        // 1: only when empty; 3: with subgroups, policies, tasks and devices.
        var parameters = new JsonObject { ["nGroup"] = groupId, ["nFlags"] = withContents ? 3 : 1 };
        return await RunActionAsync("HostGroup.RemoveGroup", parameters, Subject("The group", groupId), cancellationToken);
    }

    public ValueTask DisposeAsync() => EndAsync();

    private static string Subject(string what, long id) => string.Create(CultureInfo.InvariantCulture, $"{what} {id}");

    private static string EscapeFilterValue(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static Result<long> RequireLong(JsonObject answer, string name, string method) =>
        KscWireJson.AsLong(answer[name]) is { } value ? value : KscErrors.CallFailed(method, $"the answer holds no number '{name}'");

    private async ValueTask EndAsync()
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0)
        {
            return;
        }

        try
        {
            await channel.EndSessionAsync(sessionId);
        }
        finally
        {
            channel.Dispose();
        }
    }

    private Task<Result<JsonObject>> CallAsync(string method, JsonObject parameters, string subject, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _ended) != 0, this);
        return channel.CallAsync(method, parameters, sessionId, subject, cancellationToken);
    }

    /// <summary>HostGroup.FindGroups, then the accessor read in chunks of <see cref="ChunkSize"/> and released.</summary>
    private async Task<Result<IReadOnlyList<KscGroup>>> FindGroupsAsync(string filter, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject
        {
            ["wstrFilter"] = filter,
            ["vecFieldsToReturn"] = new JsonArray([.. GroupFields.Select(field => (JsonNode)field)]),
            ["lMaxLifeTime"] = 100,
        };
        var found = await CallAsync("HostGroup.FindGroups", parameters, "The group search", cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var accessor = KscWireJson.AsString(found.Value["strAccessor"]);
        if (string.IsNullOrEmpty(accessor))
        {
            return KscErrors.CallFailed("HostGroup.FindGroups", "the answer holds no accessor");
        }

        try
        {
            return await ReadGroupsAsync(accessor, cancellationToken);
        }
        finally
        {
            await CallAsync("ChunkAccessor.Release", new JsonObject { ["strAccessor"] = accessor }, "The search result", CancellationToken.None);
        }
    }

    private async Task<Result<IReadOnlyList<KscGroup>>> ReadGroupsAsync(string accessor, CancellationToken cancellationToken)
    {
        var counted = await CallAsync("ChunkAccessor.GetItemsCount", new JsonObject { ["strAccessor"] = accessor }, "The search result", cancellationToken);
        if (!counted.IsSuccess)
        {
            return counted.Error;
        }

        var count = KscWireJson.AsLong(counted.Value["PxgRetVal"]) ?? 0;
        var groups = new List<KscGroup>();
        for (long start = 0; start < count; start += ChunkSize)
        {
            var parameters = new JsonObject { ["strAccessor"] = accessor, ["nStart"] = start, ["nCount"] = ChunkSize };
            var chunk = await CallAsync("ChunkAccessor.GetItemsChunk", parameters, "The search result", cancellationToken);
            if (!chunk.IsSuccess)
            {
                return chunk.Error;
            }

            var rows = KscWireJson.AsArray(KscWireJson.AsParams(chunk.Value["pChunk"])?["KLCSP_ITERATOR_ARRAY"]);
            if (rows is null || rows.Count == 0)
            {
                break;
            }

            foreach (var row in rows.Select(KscWireJson.AsParams).OfType<JsonObject>())
            {
                if (KscWireJson.AsLong(row["id"]) is { } id && KscWireJson.AsString(row["name"]) is { } name)
                {
                    groups.Add(new KscGroup(id, name, KscWireJson.AsLong(row["parentId"]) ?? -1));
                }
            }
        }

        return groups;
    }

    /// <summary>Starts a KSC asynchronous action and waits until KSC reports it finished.</summary>
    private async Task<Result> RunActionAsync(string method, JsonObject parameters, string subject, CancellationToken cancellationToken)
    {
        var started = await CallAsync(method, parameters, subject, cancellationToken);
        if (!started.IsSuccess)
        {
            return started.Error;
        }

        var actionId = KscWireJson.AsString(started.Value["strActionGuid"]);
        if (string.IsNullOrEmpty(actionId))
        {
            return KscErrors.CallFailed(method, "the answer holds no action id");
        }

        var deadline = timeProvider.GetUtcNow() + channel.Options.ActionTimeout;
        while (true)
        {
            var checkedState = await CallAsync("AsyncActionStateChecker.CheckActionState", new JsonObject { ["wstrActionGuid"] = actionId }, subject, cancellationToken);
            if (!checkedState.IsSuccess)
            {
                return checkedState.Error;
            }

            var state = KscActionState.Read(checkedState.Value);
            if (state.Finalized)
            {
                return state.Succeeded ? Result.Success() : ActionFailure(method, subject, state);
            }

            if (timeProvider.GetUtcNow() >= deadline)
            {
                return KscErrors.CallFailed(method, string.Create(CultureInfo.InvariantCulture, $"the action did not finish within {channel.Options.ActionTimeout}"));
            }

            var delay = TimeSpan.FromMilliseconds(Math.Clamp(state.NextCheckDelayMs, MinimumCheckDelay.TotalMilliseconds, MaximumCheckDelay.TotalMilliseconds));
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    private static Error ActionFailure(string method, string subject, KscActionState state) =>
        state.ErrorCode is { } code
            ? KscPxgCodes.ToError(method, subject, code, state.ErrorModule, state.ErrorMessage)
            : KscErrors.CallFailed(method, state.ErrorMessage ?? "KSC reports that the action failed");
}

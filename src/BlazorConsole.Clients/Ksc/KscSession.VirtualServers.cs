using System.Text.Json.Nodes;
using BlazorConsole.Clients.Ksc.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Clients.Ksc;

/// <summary>Virtual Administration Servers, their users and their ACL.</summary>
internal sealed partial class KscSession
{
    public async Task<Result<IReadOnlyList<KscVirtualServer>>> GetVirtualServersAsync(CancellationToken cancellationToken)
    {
        var answer = await CallAsync("VServers.GetVServers", new JsonObject { ["lParentGroup"] = -1 }, "The virtual servers", cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var servers = KscWireJson.AsArray(answer.Value["PxgRetVal"]) ?? [];
        return servers.Select(KscWireJson.AsParams).OfType<JsonObject>().Select(ReadServer).OfType<KscVirtualServer>().ToList();
    }

    public async Task<Result<KscVirtualServer>> AddVirtualServerAsync(long parentGroupId, string displayName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(displayName);
        const string Method = "VServers.AddVServerInfo";
        var parameters = new JsonObject { ["strDisplayName"] = displayName, ["lParentGroup"] = parentGroupId };
        var added = await CallAsync(Method, parameters, Subject("The group", parentGroupId), cancellationToken);
        if (!added.IsSuccess)
        {
            return added.Error;
        }

        var info = KscWireJson.AsParams(added.Value["PxgRetVal"]);
        if (info is null || KscWireJson.AsLong(info["KLVSRV_ID"]) is not { } id)
        {
            return KscErrors.CallFailed(Method, "the answer holds no KLVSRV_ID");
        }

        var created = KscWireJson.AsString(info["KLVSRV_DN"]);
        if (!string.Equals(created, displayName, StringComparison.Ordinal))
        {
            // KSC renamed a duplicate: take the renamed server away again so no tenant gets another's name.
            await RemoveVirtualServerAsync(id, cancellationToken);
            return KscErrors.VirtualServerNameTaken(displayName);
        }

        var read = await CallAsync("VServers.GetVServerInfo", new JsonObject { ["lVServer"] = id }, Subject("The virtual server", id), cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var server = KscWireJson.AsParams(read.Value["PxgRetVal"]) is { } full ? ReadServer(full) : null;
        return server is null ? KscErrors.CallFailed("VServers.GetVServerInfo", "the answer is not a virtual server") : server;
    }

    public async Task<Result> SetVirtualServerEnabledAsync(long virtualServerId, bool enabled, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject { ["lVServer"] = virtualServerId, ["pInfo"] = new JsonObject { ["KLVSRV_ENABLED"] = enabled } };
        var answer = await CallAsync("VServers.UpdateVServerInfo", parameters, Subject("The virtual server", virtualServerId), cancellationToken);
        return answer.IsSuccess ? Result.Success() : answer.Error;
    }

    public Task<Result> RemoveVirtualServerAsync(long virtualServerId, CancellationToken cancellationToken) =>
        RunActionAsync("VServers.DelVServer", new JsonObject { ["lVServer"] = virtualServerId }, Subject("The virtual server", virtualServerId), cancellationToken);

    public Task<Result<IReadOnlyList<KscUser>>> GetUsersAsync(KscVirtualServer server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        return OnVirtualServerAsync<IReadOnlyList<KscUser>>(server, async virtualSession =>
        {
            var parameters = new JsonObject { ["lUserId"] = -1, ["lVsId"] = -1 };
            var answer = await channel.CallAsync("SecurityPolicy.GetUsers", parameters, virtualSession, "The users", cancellationToken);
            if (!answer.IsSuccess)
            {
                return answer.Error;
            }

            var users = KscWireJson.AsArray(answer.Value["PxgRetVal"]) ?? [];
            return users.Select(KscWireJson.AsParams).OfType<JsonObject>()
                .Where(user => KscWireJson.AsLong(user["KLSPL_USER_ID"]) is not null && KscWireJson.AsString(user["KLSPL_USER_NAME"]) is not null)
                .Select(user => new KscUser(KscWireJson.AsLong(user["KLSPL_USER_ID"])!.Value, KscWireJson.AsString(user["KLSPL_USER_NAME"])!))
                .ToList();
        }, cancellationToken);
    }

    public Task<Result<long>> AddUserAsync(KscVirtualServer server, string userName, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentNullException.ThrowIfNull(password);
        return OnVirtualServerAsync<long>(server, async virtualSession =>
        {
            const string Protect = "DataProtectionApi.ProtectUtf16StringGlobally";
            var encrypted = await channel.CallAsync(Protect, new JsonObject { ["szwPlainText"] = password }, virtualSession, "The password", cancellationToken);
            if (!encrypted.IsSuccess)
            {
                return encrypted.Error;
            }

            if (KscWireJson.AsBinary(encrypted.Value["PxgRetVal"]) is not { } protectedPassword)
            {
                return KscErrors.CallFailed(Protect, "the answer holds no encrypted password");
            }

            var user = new JsonObject
            {
                ["KLSPL_USER_NAME"] = userName,
                ["KLSPL_USER_PWD_ENCRYPTED"] = KscWireJson.Wrap("binary", Convert.ToBase64String(protectedPassword)),
                ["KLSPL_USER_ENABLED"] = true,
            };
            var added = await channel.CallAsync("SecurityPolicy.AddUser", new JsonObject { ["pUser"] = user }, virtualSession, Subject("The virtual server", server.Id), cancellationToken);
            return added.IsSuccess ? RequireLong(added.Value, "PxgRetVal", "SecurityPolicy.AddUser") : added.Error;
        }, cancellationToken);
    }

    public async Task<Result> GrantAdministratorRightsAsync(KscVirtualServer server, long userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var subject = Subject("The virtual server", server.Id);
        var read = await CallAsync("VServers.GetPermissions", new JsonObject { ["lVServer"] = server.Id }, subject, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        // The main administrator's rights are every right the ACL allows to give (KLSPL_POSSIBLE_RIGHTS).
        var acl = KscWireJson.AsParams(read.Value["PxgRetVal"]) ?? [];
        var allRights = KscWireJson.AsLong(acl["KLSPL_POSSIBLE_RIGHTS"]) ?? 0;
        if (allRights == 0)
        {
            return KscErrors.CallFailed("VServers.GetPermissions", "the ACL allows no rights to be given");
        }

        var entries = new JsonArray();
        foreach (var entry in (KscWireJson.AsArray(acl["KLSPL_PERMISSIONS"]) ?? []).Select(KscWireJson.AsParams).OfType<JsonObject>())
        {
            if (KscWireJson.AsLong(entry["KLSPLU_AKUSER_ID"]) != userId)
            {
                entries.Add(KscWireJson.WrapParams((JsonObject)entry.DeepClone()));
            }
        }

        entries.Add(KscWireJson.WrapParams(new JsonObject
        {
            ["KLSPLU_AKUSER_ID"] = userId,
            ["KLSPLU_ALLOWMASK"] = allRights,
            ["KLSPLU_DENYMASK"] = 0,
            ["KLSPLU_MAY_WRITE"] = true,
            ["KLSPLU_MAY_REMOVE"] = true,
        }));
        var parameters = new JsonObject
        {
            ["lVServer"] = server.Id,
            ["pPermissions"] = new JsonObject { ["KLSPL_INHERITED"] = false, ["KLSPL_PERMISSIONS"] = entries },
            ["bProtection"] = false,
        };
        var written = await CallAsync("VServers.SetPermissions", parameters, subject, cancellationToken);
        return written.IsSuccess ? Result.Success() : written.Error;
    }

    public async Task<Result> DeleteUserAsync(KscVirtualServer server, long userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var deleted = await OnVirtualServerAsync<bool>(server, async virtualSession =>
        {
            var answer = await channel.CallAsync("SecurityPolicy.DeleteUser", new JsonObject { ["lUserId"] = userId }, virtualSession, Subject("The user", userId), cancellationToken);
            return answer.IsSuccess ? true : answer.Error;
        }, cancellationToken);
        return deleted.IsSuccess ? Result.Success() : deleted.Error;
    }

    private static KscVirtualServer? ReadServer(JsonObject info) =>
        KscWireJson.AsLong(info["KLVSRV_ID"]) is { } id
            ? new KscVirtualServer(
                id,
                KscWireJson.AsString(info["KLVSRV_UID"]) ?? string.Empty,
                KscWireJson.AsString(info["KLVSRV_DN"]) ?? string.Empty,
                KscWireJson.AsLong(info["KLVSRV_GRP"]) ?? -1,
                KscWireJson.AsBool(info["KLVSRV_ENABLED"]) ?? true)
            : null;

    /// <summary>Runs <paramref name="call"/> in a short session on <paramref name="server"/> (named by its KLVSRV_UID) and ends it.</summary>
    private async Task<Result<T>> OnVirtualServerAsync<T>(KscVirtualServer server, Func<string, Task<Result<T>>> call, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _ended) != 0, this);
        var name = string.IsNullOrEmpty(server.Uid) ? server.DisplayName : server.Uid;
        var started = await channel.StartSessionAsync(name, cancellationToken);
        if (!started.IsSuccess)
        {
            return started.Error.Code == KscErrors.CredentialsRejectedCode
                ? KscErrors.ObjectNotFound(Subject("The virtual server", server.Id))
                : started.Error;
        }

        try
        {
            return await call(started.Value);
        }
        finally
        {
            await channel.EndSessionAsync(started.Value);
        }
    }
}

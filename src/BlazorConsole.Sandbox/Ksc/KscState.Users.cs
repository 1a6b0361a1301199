using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>SecurityPolicy.* and the password policy.</summary>
internal sealed partial class KscState
{
    /// <summary>Shortest password the policy accepts.</summary>
    public const int MinimumPasswordLength = 8;

    /// <summary>
    /// The simulated password policy: at least <see cref="MinimumPasswordLength"/> characters with at least three of
    /// upper-case letters, lower-case letters, digits and symbols.
    /// </summary>
    public static bool MeetsPasswordPolicy(string password)
    {
        if (password.Length < MinimumPasswordLength)
        {
            return false;
        }

        var classes = 0;
        classes += password.Any(char.IsUpper) ? 1 : 0;
        classes += password.Any(char.IsLower) ? 1 : 0;
        classes += password.Any(char.IsDigit) ? 1 : 0;
        classes += password.Any(character => !char.IsLetterOrDigit(character)) ? 1 : 0;
        return classes >= 3;
    }

    public KscSimulatedUser EnsureUser(string name, string password, long? virtualServerId)
    {
        lock (_gate)
        {
            var existing = _users.Values.FirstOrDefault(user => NameEquals(user.Name, name));
            if (existing is not null)
            {
                return existing.VirtualServerId == virtualServerId
                    ? existing
                    : throw new InvalidOperationException($"User '{name}' exists on another server.");
            }

            if (virtualServerId is { } serverId)
            {
                RequireServer(serverId);
            }

            return AddUserLocked(name, password, virtualServerId);
        }
    }

    private KscSimulatedUser AddUserLocked(string name, string password, long? virtualServerId)
    {
        var user = new KscSimulatedUser(_nextUserId++, name, virtualServerId, password);
        _users[user.Id] = user;
        return user;
    }

    private JsonObject AddUser(KscSession session, JsonObject args)
    {
        var info = KscWireValues.RequireParams(args, "pUser");
        var name = KscWireValues.RequireString(info, "KLSPL_USER_NAME");
        var encrypted = KscWireValues.RequireBinary(info, "KLSPL_USER_PWD_ENCRYPTED");
        var password = vault.Unprotect(encrypted)
            ?? throw KscPxgException.BadArgument("KLSPL_USER_PWD_ENCRYPTED was not encrypted by DataProtectionApi.ProtectUtf16StringGlobally of this server");
        if (_users.Values.Any(user => NameEquals(user.Name, name)))
        {
            throw new KscPxgException(
                KscPxgErrors.UserNameTaken,
                KscPxgErrors.SecurityPolicyModule,
                $"A user named '{name}' already exists on the Administration Server or one of its virtual servers");
        }

        if (!MeetsPasswordPolicy(password))
        {
            throw new KscPxgException(
                KscPxgErrors.WeakPassword,
                KscPxgErrors.SecurityPolicyModule,
                "The password does not meet the password policy: at least 8 characters with three of upper-case letters, lower-case letters, digits and symbols");
        }

        return Result(AddUserLocked(name, password, session.VirtualServerId).Id);
    }

    private JsonObject GetUsers(KscSession session, JsonObject args)
    {
        var userId = KscWireValues.GetLong(args, "lUserId") ?? -1;
        var serverId = session.VirtualServerId;
        if (serverId is null && KscWireValues.GetLong(args, "lVsId") is { } requested and >= 0)
        {
            serverId = RequireServer(requested).Id;
        }

        var users = _users.Values
            .Where(user => user.VirtualServerId == serverId && (userId == -1 || user.Id == userId))
            .OrderBy(user => user.Id)
            .Select(user => (JsonNode)KscWireValues.WrapParams(new JsonObject
            {
                ["KLSPL_USER_ID"] = user.Id,
                ["KLSPL_USER_NAME"] = user.Name,
                ["KLSPL_USER_ENABLED"] = true,
            }))
            .ToArray();
        return Result(new JsonArray(users));
    }

    private JsonObject DeleteUser(KscSession session, JsonObject args)
    {
        var userId = KscWireValues.RequireLong(args, "lUserId");
        if (!_users.TryGetValue(userId, out var user) || user.VirtualServerId != session.VirtualServerId)
        {
            throw KscPxgException.NotFound($"User {userId}");
        }

        if (user.Id == session.UserId)
        {
            throw KscPxgException.AccessDenied("A user cannot remove the account it is signed in with");
        }

        _users.Remove(userId);
        foreach (var entries in _permissions.Values)
        {
            entries.RemoveAll(entry => entry.UserId == userId);
        }

        RemoveSessionsLocked(other => other.UserId == userId);
        return Empty();
    }
}

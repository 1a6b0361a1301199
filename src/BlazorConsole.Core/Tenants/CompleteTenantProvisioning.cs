using System.Globalization;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// The KSC steps of creating a complete tenant (seed 004): the Multitenancy folder (found or made), the tenant's
/// folder, its virtual Administration Server, the administrator account and its rights. Each step records what
/// it is about to make before making it, so that its undo also finds a half-made object after a crash; undos
/// run in reverse and treat an object already gone as undone.
/// </summary>
public sealed class CompleteTenantProvisioning(IKscSessions ksc, ISecretProtector secrets)
{
    public const string ConnectingStep = "Connecting to KSC";
    public const string RootFolderStep = "Preparing the Multitenancy KSV LA folder";
    public const string TenantFolderStep = "Creating the tenant folder";
    public const string VirtualServerStep = "Creating the virtual Administration Server";
    public const string AccountStep = "Creating the administrator account";
    public const string RightsStep = "Granting administrator rights";

    private const string ManagedDevicesKey = "kscManagedDevices";
    private const string RootCreatingKey = "kscRootFolderCreating";
    private const string RootIdKey = "kscRootFolder";
    private const string TenantFolderCreatingKey = "kscTenantFolderCreating";
    private const string TenantFolderIdKey = "kscTenantFolder";
    private const string ServerCreatingKey = "kscServerCreating";
    private const string ServerIdKey = "kscServer";
    private const string UserCreatingKey = "kscUserCreating";
    private const string UserIdKey = "kscUser";

    /// <summary>The step that checks the connection; it comes first, so that nothing is made when KSC cannot be used.</summary>
    public TaskStep Connect() => new(ConnectingStep, ConnectAsync);

    /// <summary>The steps that make the KSC objects, each with its undo.</summary>
    public IEnumerable<TaskStep> Provision(CreateTenantInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        yield return new TaskStep(RootFolderStep, PrepareRootFolderAsync, UndoRootFolderAsync);
        yield return new TaskStep(TenantFolderStep, (c, ct) => CreateTenantFolderAsync(c, input, ct), (c, ct) => UndoTenantFolderAsync(c, input, ct));
        yield return new TaskStep(VirtualServerStep, (c, ct) => CreateServerAsync(c, input, ct), (c, ct) => UndoServerAsync(c, input, ct));
        yield return new TaskStep(AccountStep, (c, ct) => CreateAccountAsync(c, input, ct), (c, ct) => UndoAccountAsync(c, input, ct));
        yield return new TaskStep(RightsStep, GrantRightsAsync);
    }

    /// <summary>The id of the virtual Administration Server the steps made, for the tenant's record.</summary>
    public static string? VirtualServerId(TaskContext context) => context?.Get(ServerIdKey);

    private Task<Result> ConnectAsync(TaskContext context, CancellationToken cancellationToken) =>
        ksc.RunAsync(
            async session =>
            {
                var root = await session.GetManagedDevicesGroupIdAsync(cancellationToken);
                if (!root.IsSuccess)
                {
                    return root.Error;
                }

                Set(context, ManagedDevicesKey, root.Value);
                return Result.Success();
            },
            cancellationToken);

    private Task<Result> PrepareRootFolderAsync(TaskContext context, CancellationToken cancellationToken) =>
        ksc.RunAsync(
            async session =>
            {
                var managedDevices = Long(context, ManagedDevicesKey);
                var found = await session.FindGroupAsync(managedDevices, KscDefaults.MultitenancyFolderName, cancellationToken);
                if (found.IsSuccess)
                {
                    Set(context, RootIdKey, found.Value.Id);
                    return Result.Success();
                }

                if (!KscErrors.IsNotFound(found.Error))
                {
                    return found.Error;
                }

                context.Set(RootCreatingKey, "true");
                var added = await session.AddGroupAsync(managedDevices, KscDefaults.MultitenancyFolderName, cancellationToken);
                if (!added.IsSuccess)
                {
                    return added.Error;
                }

                Set(context, RootIdKey, added.Value);
                return Result.Success();
            },
            cancellationToken);

    private Task UndoRootFolderAsync(TaskContext context, CancellationToken cancellationToken)
    {
        // only a folder this task made is removed, and only while no other tenant's folder is in it
        if (context.Get(RootCreatingKey) is null)
        {
            return Task.CompletedTask;
        }

        return ksc.UndoAsync(
            $"the folder '{KscDefaults.MultitenancyFolderName}'",
            async session =>
            {
                var root = await RootFolderAsync(session, context, cancellationToken);
                if (!root.IsSuccess)
                {
                    return root.Error;
                }

                var children = await session.GetSubgroupsAsync(root.Value, cancellationToken);
                if (!children.IsSuccess)
                {
                    return children.Error;
                }

                return children.Value.Count == 0
                    ? await session.RemoveGroupAsync(root.Value, withContents: false, cancellationToken)
                    : Result.Success();
            },
            cancellationToken);
    }

    private Task<Result> CreateTenantFolderAsync(TaskContext context, CreateTenantInput input, CancellationToken cancellationToken) =>
        ksc.RunAsync(
            async session =>
            {
                var root = Long(context, RootIdKey);
                var found = await session.FindGroupAsync(root, input.Name, cancellationToken);
                if (found.IsSuccess)
                {
                    return TenantErrors.GroupAlreadyExists(input.Name);
                }

                if (!KscErrors.IsNotFound(found.Error))
                {
                    return found.Error;
                }

                context.Set(TenantFolderCreatingKey, "true");
                var added = await session.AddGroupAsync(root, input.Name, cancellationToken);
                if (!added.IsSuccess)
                {
                    return added.Error;
                }

                Set(context, TenantFolderIdKey, added.Value);
                return Result.Success();
            },
            cancellationToken);

    private Task UndoTenantFolderAsync(TaskContext context, CreateTenantInput input, CancellationToken cancellationToken)
    {
        if (context.Get(TenantFolderCreatingKey) is null)
        {
            return Task.CompletedTask;
        }

        return ksc.UndoAsync(
            $"the folder '{KscDefaults.MultitenancyFolderName}/{input.Name}'",
            async session =>
            {
                var folder = await TenantFolderAsync(session, context, input, cancellationToken);
                return folder.IsSuccess
                    ? await session.RemoveGroupAsync(folder.Value, withContents: true, cancellationToken)
                    : folder.Error;
            },
            cancellationToken);
    }

    private Task<Result> CreateServerAsync(TaskContext context, CreateTenantInput input, CancellationToken cancellationToken) =>
        ksc.RunAsync(
            async session =>
            {
                context.Set(ServerCreatingKey, "true");
                var added = await session.AddVirtualServerAsync(Long(context, TenantFolderIdKey), input.Name, cancellationToken);
                if (!added.IsSuccess)
                {
                    return added.Error;
                }

                Set(context, ServerIdKey, added.Value.Id);
                return Result.Success();
            },
            cancellationToken);

    private Task UndoServerAsync(TaskContext context, CreateTenantInput input, CancellationToken cancellationToken)
    {
        if (context.Get(ServerCreatingKey) is null)
        {
            return Task.CompletedTask;
        }

        return ksc.UndoAsync(
            $"the virtual Administration Server '{input.Name}'",
            async session =>
            {
                var server = await ServerAsync(session, context, input, cancellationToken);
                return server.IsSuccess
                    ? await session.RemoveVirtualServerAsync(server.Value.Id, cancellationToken)
                    : server.Error;
            },
            cancellationToken);
    }

    private Task<Result> CreateAccountAsync(TaskContext context, CreateTenantInput input, CancellationToken cancellationToken) =>
        ksc.RunAsync(
            async session =>
            {
                var server = await ServerAsync(session, context, input, cancellationToken);
                if (!server.IsSuccess)
                {
                    return server.Error;
                }

                if (input.ProtectedAdminPassword is null || input.AdminName is null)
                {
                    return Error.Validation(TenantErrors.VKscCredentialsNotSpecifiedCode, "The administrator account of the virtual Administration Server is not specified.");
                }

                context.Set(UserCreatingKey, "true");
                var added = await session.AddUserAsync(server.Value, input.AdminName, secrets.Unprotect(input.ProtectedAdminPassword), cancellationToken);
                if (!added.IsSuccess)
                {
                    return added.Error;
                }

                Set(context, UserIdKey, added.Value);
                return Result.Success();
            },
            cancellationToken);

    private Task UndoAccountAsync(TaskContext context, CreateTenantInput input, CancellationToken cancellationToken)
    {
        if (context.Get(UserCreatingKey) is null || input.AdminName is null)
        {
            return Task.CompletedTask;
        }

        return ksc.UndoAsync(
            $"the account '{input.AdminName}'",
            async session =>
            {
                var server = await ServerAsync(session, context, input, cancellationToken);
                if (!server.IsSuccess)
                {
                    return server.Error;
                }

                var user = await UserAsync(session, server.Value, context, input.AdminName, cancellationToken);
                return user.IsSuccess
                    ? await session.DeleteUserAsync(server.Value, user.Value, cancellationToken)
                    : user.Error;
            },
            cancellationToken);
    }

    private Task<Result> GrantRightsAsync(TaskContext context, CancellationToken cancellationToken) =>
        ksc.RunAsync(
            async session =>
            {
                var input = context.Input<CreateTenantInput>();
                var server = await ServerAsync(session, context, input, cancellationToken);
                return server.IsSuccess
                    ? await session.GrantAdministratorRightsAsync(server.Value, Long(context, UserIdKey), cancellationToken)
                    : server.Error;
            },
            cancellationToken);

    private static async Task<Result<long>> RootFolderAsync(IKscSession session, TaskContext context, CancellationToken cancellationToken)
    {
        if (TryLong(context, RootIdKey, out var id))
        {
            return id;
        }

        var managedDevices = Long(context, ManagedDevicesKey);
        var found = await session.FindGroupAsync(managedDevices, KscDefaults.MultitenancyFolderName, cancellationToken);
        return found.IsSuccess ? found.Value.Id : found.Error;
    }

    private static async Task<Result<long>> TenantFolderAsync(IKscSession session, TaskContext context, CreateTenantInput input, CancellationToken cancellationToken)
    {
        if (TryLong(context, TenantFolderIdKey, out var id))
        {
            return id;
        }

        var root = await RootFolderAsync(session, context, cancellationToken);
        if (!root.IsSuccess)
        {
            return root.Error;
        }

        var found = await session.FindGroupAsync(root.Value, input.Name, cancellationToken);
        return found.IsSuccess ? found.Value.Id : found.Error;
    }

    /// <summary>The tenant's virtual server: by the recorded id, or (after a crash mid-step) by its name in the tenant's folder.</summary>
    private static async Task<Result<KscVirtualServer>> ServerAsync(IKscSession session, TaskContext context, CreateTenantInput input, CancellationToken cancellationToken)
    {
        var servers = await session.GetVirtualServersAsync(cancellationToken);
        if (!servers.IsSuccess)
        {
            return servers.Error;
        }

        KscVirtualServer? server;
        if (TryLong(context, ServerIdKey, out var id))
        {
            server = servers.Value.FirstOrDefault(s => s.Id == id);
        }
        else
        {
            var folder = await TenantFolderAsync(session, context, input, cancellationToken);
            if (!folder.IsSuccess)
            {
                return folder.Error;
            }

            server = servers.Value.FirstOrDefault(s => s.ParentGroupId == folder.Value && s.DisplayName == input.Name);
        }

        return server is null ? KscErrors.ObjectNotFound($"The virtual Administration Server '{input.Name}'") : server;
    }

    private static async Task<Result<long>> UserAsync(IKscSession session, KscVirtualServer server, TaskContext context, string name, CancellationToken cancellationToken)
    {
        if (TryLong(context, UserIdKey, out var id))
        {
            return id;
        }

        var users = await session.GetUsersAsync(server, cancellationToken);
        if (!users.IsSuccess)
        {
            return users.Error;
        }

        var user = users.Value.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));
        return user is null ? KscErrors.ObjectNotFound($"The account '{name}'") : user.Id;
    }

    private static void Set(TaskContext context, string key, long value) =>
        context.Set(key, value.ToString(CultureInfo.InvariantCulture));

    private static long Long(TaskContext context, string key) =>
        TryLong(context, key, out var value)
            ? value
            : throw new InvalidOperationException($"Task {context.Current.Id} has no '{key}': a step ran before the one that sets it.");

    private static bool TryLong(TaskContext context, string key, out long value) =>
        long.TryParse(context.Get(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}

using System.Globalization;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// The KSC steps of removing a complete tenant with its artifacts (seed 004): the administrator account, the
/// virtual Administration Server, the folder <c>Multitenancy KSV LA/&lt;name&gt;</c> with its contents, and the
/// Multitenancy folder when no tenant folder is left in it. Each step skips a simple tenant and objects already
/// gone, so running the task again after a failure finishes the job.
/// </summary>
public sealed class TenantArtifactRemoval(IKscSessions ksc)
{
    public const string AccountStep = "Removing the administrator account";
    public const string VirtualServerStep = "Removing the virtual Administration Server";
    public const string TenantFolderStep = "Removing the tenant folder";
    public const string RootFolderStep = "Removing the Multitenancy KSV LA folder if no tenant is left";

    private const string TenantKey = "tenant";

    /// <summary>Keeps the tenant as it was before removal, for the steps and for the task's result.</summary>
    public static void Remember(TaskContext context, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Set(TenantKey, TenantJson.Serialize(tenant));
    }

    public static Tenant Remembered(TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TenantJson.Deserialize(context.Get(TenantKey) ?? string.Empty)
            ?? throw new InvalidOperationException($"Task {context.Current.Id} has no tenant: the check step did not run.");
    }

    /// <summary>Fails (KSC_ServiceNotConfigured, certificate, unreachable…) when KSC cannot be used.</summary>
    public Task<Result> CheckConnectionAsync(CancellationToken cancellationToken) =>
        ksc.RunAsync(
            async session =>
            {
                var root = await session.GetManagedDevicesGroupIdAsync(cancellationToken);
                return root.IsSuccess ? Result.Success() : root.Error;
            },
            cancellationToken);

    public IEnumerable<TaskStep> Steps()
    {
        yield return new TaskStep(AccountStep, RemoveAccountAsync);
        yield return new TaskStep(VirtualServerStep, RemoveServerAsync);
        yield return new TaskStep(TenantFolderStep, RemoveTenantFolderAsync);
        yield return new TaskStep(RootFolderStep, RemoveRootFolderAsync);
    }

    private Task<Result> RemoveAccountAsync(TaskContext context, CancellationToken cancellationToken) =>
        ForCompleteTenantAsync(context, async (session, tenant) =>
        {
            if (ServerId(tenant) is not { } serverId || tenant.AdminUserName is null)
            {
                return Result.Success();
            }

            var server = await TenantVirtualServer.FindAsync(session, serverId, cancellationToken);
            if (!server.IsSuccess)
            {
                return server.Error;
            }

            var users = await session.GetUsersAsync(server.Value, cancellationToken);
            if (!users.IsSuccess)
            {
                return users.Error;
            }

            var user = users.Value.FirstOrDefault(u => string.Equals(u.Name, tenant.AdminUserName, StringComparison.OrdinalIgnoreCase));
            return user is null ? Result.Success() : await session.DeleteUserAsync(server.Value, user.Id, cancellationToken);
        },
        cancellationToken);

    private Task<Result> RemoveServerAsync(TaskContext context, CancellationToken cancellationToken) =>
        ForCompleteTenantAsync(context, async (session, tenant) =>
            ServerId(tenant) is { } serverId
                ? await session.RemoveVirtualServerAsync(serverId, cancellationToken)
                : Result.Success(),
            cancellationToken);

    private Task<Result> RemoveTenantFolderAsync(TaskContext context, CancellationToken cancellationToken) =>
        ForCompleteTenantAsync(context, async (session, tenant) =>
        {
            var root = await RootFolderAsync(session, cancellationToken);
            if (!root.IsSuccess)
            {
                return root.Error;
            }

            var folder = await session.FindGroupAsync(root.Value.Id, tenant.Name, cancellationToken);
            return folder.IsSuccess
                ? await session.RemoveGroupAsync(folder.Value.Id, withContents: true, cancellationToken)
                : folder.Error;
        },
        cancellationToken);

    private Task<Result> RemoveRootFolderAsync(TaskContext context, CancellationToken cancellationToken) =>
        ForCompleteTenantAsync(context, async (session, _) =>
        {
            var root = await RootFolderAsync(session, cancellationToken);
            if (!root.IsSuccess)
            {
                return root.Error;
            }

            var children = await session.GetSubgroupsAsync(root.Value.Id, cancellationToken);
            if (!children.IsSuccess)
            {
                return children.Error;
            }

            return children.Value.Count == 0
                ? await session.RemoveGroupAsync(root.Value.Id, withContents: false, cancellationToken)
                : Result.Success();
        },
        cancellationToken);

    private async Task<Result> ForCompleteTenantAsync(TaskContext context, Func<IKscSession, Tenant, Task<Result>> work, CancellationToken cancellationToken)
    {
        var tenant = Remembered(context);
        if (tenant.Type != TenantType.Complete)
        {
            return Result.Success();
        }

        var result = await ksc.RunAsync(session => work(session, tenant), cancellationToken);

        // an object already gone is removed: a second run after a partial failure goes through
        return result.IsSuccess || KscErrors.IsNotFound(result.Error) ? Result.Success() : result;
    }

    private static async Task<Result<KscGroup>> RootFolderAsync(IKscSession session, CancellationToken cancellationToken)
    {
        var managedDevices = await session.GetManagedDevicesGroupIdAsync(cancellationToken);
        return managedDevices.IsSuccess
            ? await session.FindGroupAsync(managedDevices.Value, KscDefaults.MultitenancyFolderName, cancellationToken)
            : managedDevices.Error;
    }

    private static long? ServerId(Tenant tenant) =>
        long.TryParse(tenant.VirtualServerId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
}

using System.Globalization;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// Activates or deactivates a tenant. The tenant must exist. For a complete tenant its virtual Administration
/// Server is enabled or disabled in KSC first (undone by putting its previous state back); then the status is
/// saved (undone the same way). A simple tenant needs no KSC. The result is <c>true</c>.
/// </summary>
public sealed class ChangeTenantActivationTaskHandler(ITenantStore tenants, IKscSessions ksc, TimeProvider time) : ITaskHandler
{
    public const string CheckingStep = "Checking the tenant";
    public const string EnablingServerStep = "Enabling the virtual Administration Server";
    public const string DisablingServerStep = "Disabling the virtual Administration Server";
    public const string ActivatingStep = "Activating the tenant";
    public const string DeactivatingStep = "Deactivating the tenant";

    private const string PreviousStatusKey = "previousStatus";
    private const string ServerIdKey = "kscServer";
    private const string ServerWasEnabledKey = "kscServerWasEnabled";

    public string Type => TaskTypes.ChangeTenantActivation;

    public IReadOnlyList<TaskStep> Plan(TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input<ChangeTenantActivationInput>();
        return
        [
            new TaskStep(CheckingStep, (c, ct) => CheckAsync(c, input, ct)),
            new TaskStep(input.Activate ? EnablingServerStep : DisablingServerStep, (c, ct) => ChangeServerAsync(c, input, ct), UndoServerAsync),
            new TaskStep(input.Activate ? ActivatingStep : DeactivatingStep, (c, ct) => ChangeAsync(c, input, ct), (c, ct) => UndoAsync(c, input, ct)),
        ];
    }

    private async Task<Result> CheckAsync(TaskContext context, ChangeTenantActivationInput input, CancellationToken cancellationToken)
    {
        if (await tenants.GetAsync(input.TenantId, cancellationToken) is not { } tenant)
        {
            return TenantErrors.NotFound(input.TenantId);
        }

        context.Set(PreviousStatusKey, tenant.Status.ToString());
        if (tenant.Type != TenantType.Complete)
        {
            return Result.Success();
        }

        // a complete tenant always needs the KSC connection (KSC_ServiceNotConfigured otherwise), even one whose
        // record names no virtual server (registered before one was made): then nothing changes in KSC
        var hasServer = long.TryParse(tenant.VirtualServerId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var serverId);
        return await ksc.RunAsync(
            async session =>
            {
                if (!hasServer)
                {
                    return Result.Success();
                }

                var server = await TenantVirtualServer.FindAsync(session, serverId, cancellationToken);
                if (!server.IsSuccess)
                {
                    return server.Error;
                }

                context.Set(ServerIdKey, serverId.ToString(CultureInfo.InvariantCulture));
                context.Set(ServerWasEnabledKey, server.Value.Enabled ? "true" : "false");
                return Result.Success();
            },
            cancellationToken);
    }

    private Task<Result> ChangeServerAsync(TaskContext context, ChangeTenantActivationInput input, CancellationToken cancellationToken) =>
        ServerId(context) is { } serverId
            ? ksc.RunAsync(session => session.SetVirtualServerEnabledAsync(serverId, input.Activate, cancellationToken), cancellationToken)
            : Task.FromResult(Result.Success());

    private Task UndoServerAsync(TaskContext context, CancellationToken cancellationToken) =>
        ServerId(context) is { } serverId && bool.TryParse(context.Get(ServerWasEnabledKey), out var wasEnabled)
            ? ksc.UndoAsync(
                $"the enabled state of virtual Administration Server {serverId}",
                session => session.SetVirtualServerEnabledAsync(serverId, wasEnabled, cancellationToken),
                cancellationToken)
            : Task.CompletedTask;

    private async Task<Result> ChangeAsync(TaskContext context, ChangeTenantActivationInput input, CancellationToken cancellationToken)
    {
        var status = input.Activate ? TenantStatus.Active : TenantStatus.Inactive;
        if (!await tenants.SetStatusAsync(input.TenantId, status, Now(), cancellationToken))
        {
            return TenantErrors.NotFound(input.TenantId);
        }

        context.SetResult("true");
        return Result.Success();
    }

    private async Task UndoAsync(TaskContext context, ChangeTenantActivationInput input, CancellationToken cancellationToken)
    {
        if (Enum.TryParse<TenantStatus>(context.Get(PreviousStatusKey), out var previous))
        {
            await tenants.SetStatusAsync(input.TenantId, previous, Now(), cancellationToken);
        }
    }

    private static long? ServerId(TaskContext context) =>
        long.TryParse(context.Get(ServerIdKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    private DateTime Now() => time.GetUtcNow().UtcDateTime.TruncateToSeconds();
}

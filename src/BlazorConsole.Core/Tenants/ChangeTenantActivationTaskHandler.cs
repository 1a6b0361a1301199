using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// Activates or deactivates a tenant. The tenant must exist; a complete tenant needs the KSC connection,
/// a simple one does not. The undo puts the previous status back. The result is <c>true</c>.
/// </summary>
public sealed class ChangeTenantActivationTaskHandler(ITenantStore tenants, IKscConnectionStatus ksc, TimeProvider time) : ITaskHandler
{
    public const string CheckingStep = "Checking the tenant";
    public const string ActivatingStep = "Activating the tenant";
    public const string DeactivatingStep = "Deactivating the tenant";

    private const string PreviousStatusKey = "previousStatus";

    public string Type => TaskTypes.ChangeTenantActivation;

    public IReadOnlyList<TaskStep> Plan(TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input<ChangeTenantActivationInput>();
        return
        [
            new TaskStep(CheckingStep, (c, ct) => CheckAsync(c, input, ct)),
            new TaskStep(input.Activate ? ActivatingStep : DeactivatingStep, (c, ct) => ChangeAsync(c, input, ct), (c, ct) => UndoAsync(c, input, ct)),
        ];
    }

    private async Task<Result> CheckAsync(TaskContext context, ChangeTenantActivationInput input, CancellationToken cancellationToken)
    {
        if (await tenants.GetAsync(input.TenantId, cancellationToken) is not { } tenant)
        {
            return TenantErrors.NotFound(input.TenantId);
        }

        if (tenant.Type == TenantType.Complete && !await ksc.IsConfiguredAsync(cancellationToken))
        {
            return KscErrors.ServiceNotConfigured();
        }

        context.Set(PreviousStatusKey, tenant.Status.ToString());
        return Result.Success();
    }

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

    private DateTime Now() => time.GetUtcNow().UtcDateTime.TruncateToSeconds();
}

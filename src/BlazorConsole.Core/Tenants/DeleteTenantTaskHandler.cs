using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// Removes a tenant and its virtual machines. The tenant must exist; removing the artifacts of a complete
/// tenant (its KSC objects) needs the KSC connection. The result is the removed tenant.
/// </summary>
public sealed class DeleteTenantTaskHandler(ITenantStore tenants, IKscConnectionStatus ksc) : ITaskHandler
{
    public const string CheckingStep = "Checking the tenant";
    public const string RemovingStep = "Removing the tenant";

    private const string TenantKey = "tenant";

    public string Type => TaskTypes.DeleteTenant;

    public IReadOnlyList<TaskStep> Plan(TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input<DeleteTenantInput>();

        // removing the row is the last step and has no undo: once it is done the task completes
        return
        [
            new TaskStep(CheckingStep, (c, ct) => CheckAsync(c, input, ct)),
            new TaskStep(RemovingStep, (c, ct) => RemoveAsync(c, input, ct)),
        ];
    }

    private async Task<Result> CheckAsync(TaskContext context, DeleteTenantInput input, CancellationToken cancellationToken)
    {
        if (await tenants.GetAsync(input.TenantId, cancellationToken) is not { } tenant)
        {
            return TenantErrors.NotFound(input.TenantId);
        }

        if (input.RemoveTenantArtifacts && tenant.Type == TenantType.Complete && !await ksc.IsConfiguredAsync(cancellationToken))
        {
            return KscErrors.ServiceNotConfigured();
        }

        context.Set(TenantKey, TenantJson.Serialize(tenant));
        return Result.Success();
    }

    private async Task<Result> RemoveAsync(TaskContext context, DeleteTenantInput input, CancellationToken cancellationToken)
    {
        if (!await tenants.DeleteAsync(input.TenantId, cancellationToken))
        {
            return TenantErrors.NotFound(input.TenantId);
        }

        context.SetResult(context.Get(TenantKey)!);
        return Result.Success();
    }
}

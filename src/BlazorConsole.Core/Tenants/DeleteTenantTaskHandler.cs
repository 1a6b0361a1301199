using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// Removes a tenant and its virtual machines. The tenant must exist. With <c>removeTenantArtifacts</c> a
/// complete tenant's KSC objects go first (<see cref="TenantArtifactRemoval"/>): account, virtual server, folder,
/// and the Multitenancy folder when no tenant folder is left. Removals cannot be undone; each one treats an
/// object already gone as removed, so a task that failed half-way can simply be run again. The row goes last,
/// so a failure leaves the tenant listed. The result is the removed tenant.
/// </summary>
public sealed class DeleteTenantTaskHandler(ITenantStore tenants, TenantArtifactRemoval artifacts) : ITaskHandler
{
    public const string CheckingStep = "Checking the tenant";
    public const string RemovingStep = "Removing the tenant";

    public string Type => TaskTypes.DeleteTenant;

    public IReadOnlyList<TaskStep> Plan(TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input<DeleteTenantInput>();
        List<TaskStep> steps = [new TaskStep(CheckingStep, (c, ct) => CheckAsync(c, input, ct))];
        if (input.RemoveTenantArtifacts)
        {
            steps.AddRange(artifacts.Steps());
        }

        // removing the row is the last step and has no undo: once it is done the task completes
        steps.Add(new TaskStep(RemovingStep, (c, ct) => RemoveAsync(c, input, ct)));
        return steps;
    }

    private async Task<Result> CheckAsync(TaskContext context, DeleteTenantInput input, CancellationToken cancellationToken)
    {
        if (await tenants.GetAsync(input.TenantId, cancellationToken) is not { } tenant)
        {
            return TenantErrors.NotFound(input.TenantId);
        }

        TenantArtifactRemoval.Remember(context, tenant);
        return input.RemoveTenantArtifacts && tenant.Type == TenantType.Complete
            ? await artifacts.CheckConnectionAsync(cancellationToken)
            : Result.Success();
    }

    private async Task<Result> RemoveAsync(TaskContext context, DeleteTenantInput input, CancellationToken cancellationToken)
    {
        if (!await tenants.DeleteAsync(input.TenantId, cancellationToken))
        {
            return TenantErrors.NotFound(input.TenantId);
        }

        context.SetResult(TenantJson.Serialize(TenantArtifactRemoval.Remembered(context)));
        return Result.Success();
    }
}

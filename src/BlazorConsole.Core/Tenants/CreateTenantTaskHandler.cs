using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// Creates a tenant. Simple: check the name, save the row. Complete: connect to KSC first (so that nothing is
/// made when KSC cannot be used), check the name, make the KSC objects (<see cref="CompleteTenantProvisioning"/>),
/// then save the row with its virtual server. Any failure undoes the done steps in reverse.
/// </summary>
public sealed class CreateTenantTaskHandler(ITenantStore tenants, CompleteTenantProvisioning provisioning, TimeProvider time) : ITaskHandler
{
    public const string CheckingKscStep = CompleteTenantProvisioning.ConnectingStep;
    public const string CheckingNameStep = "Checking the tenant name";
    public const string SavingStep = "Saving the tenant";

    /// <summary>The tenant's id, chosen before it is saved, so that the undo finds the row even after a crash.</summary>
    private const string TenantIdKey = "tenantId";

    public string Type => TaskTypes.CreateTenant;

    public IReadOnlyList<TaskStep> Plan(TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input<CreateTenantInput>();
        List<TaskStep> steps = [];
        var complete = input.Type == TenantType.Complete;
        if (complete)
        {
            steps.Add(provisioning.Connect());
        }

        steps.Add(new TaskStep(CheckingNameStep, (c, ct) => CheckNameAsync(c, input, ct)));
        if (complete)
        {
            steps.AddRange(provisioning.Provision(input));
        }

        steps.Add(new TaskStep(SavingStep, (c, ct) => SaveAsync(c, input, ct), UndoSaveAsync));
        return steps;
    }

    public string WithoutSecrets(string input)
    {
        var parsed = TaskContext.DeserializeInput<CreateTenantInput>(input);
        return parsed?.ProtectedAdminPassword is null ? input : TaskContext.SerializeInput(parsed with { ProtectedAdminPassword = null });
    }

    private async Task<Result> CheckNameAsync(TaskContext context, CreateTenantInput input, CancellationToken cancellationToken)
    {
        if (await tenants.NameExistsAsync(input.Name, cancellationToken))
        {
            return TenantErrors.NameAlreadyExists(input.Name);
        }

        if (context.Get(TenantIdKey) is null)
        {
            var id = Guid.CreateVersion7();
            context.Set(TenantIdKey, id.ToString());
            context.Current.TenantId = id;
        }

        return Result.Success();
    }

    private async Task<Result> SaveAsync(TaskContext context, CreateTenantInput input, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime.TruncateToSeconds();
        var complete = input.Type == TenantType.Complete;
        var tenant = new Tenant
        {
            Id = Guid.Parse(context.Get(TenantIdKey)!),
            Name = input.Name,
            Description = input.Description,
            UserData = input.UserData,
            PreferredViisAddress = input.PreferredViisAddress,
            Type = input.Type,
            Status = TenantStatus.Inactive,
            VirtualServerId = complete ? CompleteTenantProvisioning.VirtualServerId(context) : null,
            AdminUserName = complete ? input.AdminName : null,
            Created = now,
            Updated = now,
        };
        var added = await tenants.AddAsync(tenant, cancellationToken);
        if (!added.IsSuccess)
        {
            return added;
        }

        context.SetResult(TenantJson.Serialize(tenant));
        return Result.Success();
    }

    private async Task UndoSaveAsync(TaskContext context, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(context.Get(TenantIdKey), out var id))
        {
            await tenants.DeleteAsync(id, cancellationToken);
        }
    }
}

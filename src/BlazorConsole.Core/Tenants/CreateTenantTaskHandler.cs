using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// Creates a tenant. Simple: check the name, save the row. Complete: check the KSC connection first (so
/// that nothing is left behind when KSC is not configured), then the name, then the KSC provisioning
/// steps (a later issue: they slot in before the row is saved), then the row.
/// </summary>
public sealed class CreateTenantTaskHandler(ITenantStore tenants, IKscConnectionStatus ksc, TimeProvider time) : ITaskHandler
{
    public const string CheckingKscStep = "Checking the KSC connection";
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
        if (input.Type == TenantType.Complete)
        {
            steps.Add(new TaskStep(CheckingKscStep, CheckKscAsync));
        }

        steps.Add(new TaskStep(CheckingNameStep, (c, ct) => CheckNameAsync(c, input, ct)));

        // the KSC provisioning steps of a complete tenant go here, each with its undo
        steps.Add(new TaskStep(SavingStep, (c, ct) => SaveAsync(c, input, ct), UndoSaveAsync));
        return steps;
    }

    public string WithoutSecrets(string input)
    {
        var parsed = TaskContext.DeserializeInput<CreateTenantInput>(input);
        return parsed?.ProtectedAdminPassword is null ? input : TaskContext.SerializeInput(parsed with { ProtectedAdminPassword = null });
    }

    private async Task<Result> CheckKscAsync(TaskContext context, CancellationToken cancellationToken) =>
        await ksc.IsConfiguredAsync(cancellationToken) ? Result.Success() : KscErrors.ServiceNotConfigured();

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
        var tenant = new Tenant
        {
            Id = Guid.Parse(context.Get(TenantIdKey)!),
            Name = input.Name,
            Description = input.Description,
            UserData = input.UserData,
            PreferredViisAddress = input.PreferredViisAddress,
            Type = input.Type,
            Status = TenantStatus.Inactive,
            AdminUserName = input.Type == TenantType.Complete ? input.AdminName : null,
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

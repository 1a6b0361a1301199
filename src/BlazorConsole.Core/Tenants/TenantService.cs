using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using FluentValidation;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// The tenant use cases, shared by the REST API and the console pages. Lists show only the tenants the current
/// principal covers (<see cref="IAccessScope"/>); any other tenant answers not found; changes need Operator or above.
/// </summary>
public sealed class TenantService(
    ITenantStore tenants,
    ITaskQueue queue,
    IValidator<NewTenant> validator,
    ISecretProtector secrets,
    IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    public async Task<Result<Tenant>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        _access.Current.Covers(id) && await tenants.GetAsync(id, cancellationToken) is { } tenant ? tenant : TenantErrors.NotFound(id);

    public IAsyncEnumerable<Tenant> StreamAllAsync(CancellationToken cancellationToken)
    {
        var scope = _access.Current;
        var all = tenants.StreamAllAsync(cancellationToken);
        return scope.TenantFilter is null ? all : all.Where(t => scope.Covers(t.Id));
    }

    public Task<Page<TenantSummary>> ListAsync(TenantQuery query, CancellationToken cancellationToken) =>
        tenants.ListAsync(query with { TenantIds = _access.Current.TenantFilter }, cancellationToken);

    /// <summary>
    /// True when the current principal may create tenants: Operator or above covering all tenants (a principal limited
    /// to chosen tenants would not see the tenant it creates). <see cref="CreateAsync"/> refuses anyone else.
    /// </summary>
    public bool CanCreate => _access.Current is { CanWrite: true, AllTenants: true };

    /// <summary>Validates the request and queues a CreateTenant task; bad input changes nothing.</summary>
    public async Task<Result<ConsoleTask>> CreateAsync(NewTenant request, string actor, CancellationToken cancellationToken)
    {
        var scope = _access.Current;
        if (!scope.CanWrite)
        {
            return AccessScopeErrors.Denied;
        }

        // a principal limited to chosen tenants would not see the tenant it creates
        if (!scope.AllTenants)
        {
            return AccessScopeErrors.AllTenantsRequired;
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToError();
        }

        var type = TenantTypes.Resolve(request);
        string? protectedPassword = null;
        if (type == TenantType.Complete)
        {
            _ = NewTenantValidator.TryDecodePassword(request.AdminPasswordBase64, out var password);
            protectedPassword = secrets.Protect(password);
        }

        var input = new CreateTenantInput(
            request.Name!.Trim(),
            Blank(request.Description),
            Blank(request.UserData),
            Blank(request.PreferredViisAddress),
            type,
            type == TenantType.Complete ? request.AdminName!.Trim() : null,
            protectedPassword);
        return await queue.EnqueueAsync(new TaskRequest(TaskTypes.CreateTenant, input) { CreatedBy = actor }, cancellationToken);
    }

    /// <summary>Queues a ChangeTenantActivation task; an unknown tenant fails the task, as the seed says (an out-of-scope one is not found).</summary>
    public Task<Result<ConsoleTask>> ChangeActivationAsync(Guid id, bool activate, string actor, CancellationToken cancellationToken) =>
        EnqueueForTenantAsync(
            id, new TaskRequest(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(id, activate)) { TenantId = id, CreatedBy = actor }, cancellationToken);

    /// <summary>Queues a DeleteTenant task; an unknown tenant fails the task, as the seed says (an out-of-scope one is not found).</summary>
    public Task<Result<ConsoleTask>> DeleteAsync(Guid id, bool removeTenantArtifacts, string actor, CancellationToken cancellationToken) =>
        EnqueueForTenantAsync(
            id, new TaskRequest(TaskTypes.DeleteTenant, new DeleteTenantInput(id, removeTenantArtifacts)) { TenantId = id, CreatedBy = actor }, cancellationToken);

    private async Task<Result<ConsoleTask>> EnqueueForTenantAsync(Guid id, TaskRequest request, CancellationToken cancellationToken)
    {
        var scope = _access.Current;
        if (!scope.Covers(id))
        {
            return TenantErrors.NotFound(id);
        }

        if (!scope.CanWrite)
        {
            return AccessScopeErrors.Denied;
        }

        return await queue.EnqueueAsync(request, cancellationToken);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using FluentValidation;

namespace BlazorConsole.Core.Tenants;

/// <summary>The tenant use cases, shared by the REST API and the console pages.</summary>
public sealed class TenantService(
    ITenantStore tenants,
    ITaskQueue queue,
    IValidator<NewTenant> validator,
    ISecretProtector secrets)
{
    public async Task<Result<Tenant>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await tenants.GetAsync(id, cancellationToken) is { } tenant ? tenant : TenantErrors.NotFound(id);

    public IAsyncEnumerable<Tenant> StreamAllAsync(CancellationToken cancellationToken) =>
        tenants.StreamAllAsync(cancellationToken);

    public Task<Page<TenantSummary>> ListAsync(TenantQuery query, CancellationToken cancellationToken) =>
        tenants.ListAsync(query, cancellationToken);

    /// <summary>Validates the request and queues a CreateTenant task; bad input changes nothing.</summary>
    public async Task<Result<ConsoleTask>> CreateAsync(NewTenant request, string actor, CancellationToken cancellationToken)
    {
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

    /// <summary>Queues a ChangeTenantActivation task; an unknown tenant fails the task, as the seed says.</summary>
    public Task<ConsoleTask> ChangeActivationAsync(Guid id, bool activate, string actor, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(
            new TaskRequest(TaskTypes.ChangeTenantActivation, new ChangeTenantActivationInput(id, activate)) { TenantId = id, CreatedBy = actor },
            cancellationToken);

    /// <summary>Queues a DeleteTenant task; an unknown tenant fails the task, as the seed says.</summary>
    public Task<ConsoleTask> DeleteAsync(Guid id, bool removeTenantArtifacts, string actor, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(
            new TaskRequest(TaskTypes.DeleteTenant, new DeleteTenantInput(id, removeTenantArtifacts)) { TenantId = id, CreatedBy = actor },
            cancellationToken);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

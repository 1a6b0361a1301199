using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;
using FluentValidation;

namespace BlazorConsole.Core.VirtualMachines;

/// <summary>
/// The VM use cases of a tenant, shared by the REST API and the console pages. A tenant out of the current
/// principal's scope answers not found; changes need Operator or above.
/// </summary>
public sealed class VirtualMachineService(
    ITenantStore tenants,
    IVirtualMachineStore vms,
    IValidator<NewVirtualMachine> validator,
    TimeProvider time,
    IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    public async Task<Result<IAsyncEnumerable<VirtualMachine>>> ListAsync(Guid tenantId, CancellationToken cancellationToken) =>
        _access.Current.Covers(tenantId) && await tenants.ExistsAsync(tenantId, cancellationToken)
            ? Result<IAsyncEnumerable<VirtualMachine>>.Success(vms.StreamByTenantAsync(tenantId, cancellationToken))
            : TenantErrors.NotFound(tenantId);

    public async Task<Result<VirtualMachine>> RegisterAsync(Guid tenantId, NewVirtualMachine request, CancellationToken cancellationToken)
    {
        if (Refuse(tenantId) is { } refused)
        {
            return refused;
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToError();
        }

        if (!await tenants.ExistsAsync(tenantId, cancellationToken))
        {
            return TenantErrors.NotFound(tenantId);
        }

        _ = BiosIds.TryParse(request.BiosId, out var biosId);
        var now = time.GetUtcNow().UtcDateTime.TruncateToSeconds();
        var vm = new VirtualMachine
        {
            Id = Guid.CreateVersion7(),
            BiosId = biosId,
            TenantId = tenantId,
            Name = string.IsNullOrWhiteSpace(request.Name) ? null : request.Name.Trim(),
            UserData = string.IsNullOrEmpty(request.UserData) ? null : request.UserData,
            Created = now,
            Updated = now,
        };
        var added = await vms.AddAsync(vm, cancellationToken);
        return added.IsSuccess ? vm : added.Error;
    }

    /// <summary>Unregisters by BIOS ID or by database ID (exactly one of them).</summary>
    public async Task<Result> UnregisterAsync(Guid tenantId, string? biosId, string? vmId, CancellationToken cancellationToken)
    {
        if (Refuse(tenantId) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(biosId) == string.IsNullOrWhiteSpace(vmId))
        {
            return Error.Validation(ErrorCodes.MandatoryParameterIsNotSpecified, "Give exactly one of biosId and vmId.");
        }

        var byBiosId = !string.IsNullOrWhiteSpace(biosId);
        Guid id = Guid.Empty;
        var parsed = byBiosId ? BiosIds.TryParse(biosId, out id) : Guid.TryParse(vmId, out id);
        if (!parsed)
        {
            return Error.Validation(
                byBiosId ? VirtualMachineErrors.InvalidBiosIdCode : ErrorCodes.InvalidParameterValue,
                "The virtual machine identifier must be a UUID.");
        }

        if (!await tenants.ExistsAsync(tenantId, cancellationToken))
        {
            return TenantErrors.NotFound(tenantId);
        }

        var removed = byBiosId
            ? await vms.RemoveByBiosIdAsync(tenantId, id, cancellationToken)
            : await vms.RemoveByIdAsync(tenantId, id, cancellationToken);
        return removed ? Result.Success() : VirtualMachineErrors.NotFound();
    }

    /// <summary>Not found for a tenant out of scope (checked first, so nothing about it leaks), denied for a reader.</summary>
    private Error? Refuse(Guid tenantId)
    {
        var scope = _access.Current;
        return !scope.Covers(tenantId) ? TenantErrors.NotFound(tenantId) : scope.CanWrite ? null : AccessScopeErrors.Denied;
    }
}

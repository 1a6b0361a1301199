using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.VirtualMachines;

namespace BlazorConsole.Web.Audit;

/// <summary>Records VM registrations and unregistrations once they are stored; reads pass through.</summary>
internal sealed class AuditedVirtualMachineStore(IVirtualMachineStore inner, AuditService audit) : IVirtualMachineStore
{
    public IAsyncEnumerable<VirtualMachine> StreamByTenantAsync(Guid tenantId, CancellationToken cancellationToken) =>
        inner.StreamByTenantAsync(tenantId, cancellationToken);

    public async Task<Result> AddAsync(VirtualMachine vm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vm);
        var result = await inner.AddAsync(vm, cancellationToken);
        if (result.IsSuccess)
        {
            await audit.RecordAsync(AuditActions.VirtualMachineRegistered, new AuditTarget("VirtualMachine", vm.BiosId.ToString(), vm.Name), new { tenantId = vm.TenantId, biosId = vm.BiosId, name = vm.Name }, cancellationToken);
        }

        return result;
    }

    public async Task<bool> RemoveByBiosIdAsync(Guid tenantId, Guid biosId, CancellationToken cancellationToken)
    {
        var removed = await inner.RemoveByBiosIdAsync(tenantId, biosId, cancellationToken);
        if (removed)
        {
            await audit.RecordAsync(AuditActions.VirtualMachineUnregistered, new AuditTarget("VirtualMachine", biosId.ToString()), new { tenantId, biosId }, cancellationToken);
        }

        return removed;
    }

    public async Task<bool> RemoveByIdAsync(Guid tenantId, Guid vmId, CancellationToken cancellationToken)
    {
        var removed = await inner.RemoveByIdAsync(tenantId, vmId, cancellationToken);
        if (removed)
        {
            await audit.RecordAsync(AuditActions.VirtualMachineUnregistered, new AuditTarget("VirtualMachine", vmId.ToString()), new { tenantId, vmId }, cancellationToken);
        }

        return removed;
    }
}

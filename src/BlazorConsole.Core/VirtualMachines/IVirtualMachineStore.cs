using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.VirtualMachines;

public interface IVirtualMachineStore
{
    IAsyncEnumerable<VirtualMachine> StreamByTenantAsync(Guid tenantId, CancellationToken cancellationToken);

    /// <summary>Adds the VM; fails with VIRMT_VmWithSpecifiedBiosIdAlreadyExists when the BIOS ID is registered anywhere.</summary>
    Task<Result> AddAsync(VirtualMachine vm, CancellationToken cancellationToken);

    /// <summary>Removes the tenant's VM with that BIOS ID; false when the tenant has none.</summary>
    Task<bool> RemoveByBiosIdAsync(Guid tenantId, Guid biosId, CancellationToken cancellationToken);

    /// <summary>Removes the tenant's VM with that database ID; false when the tenant has none.</summary>
    Task<bool> RemoveByIdAsync(Guid tenantId, Guid vmId, CancellationToken cancellationToken);
}

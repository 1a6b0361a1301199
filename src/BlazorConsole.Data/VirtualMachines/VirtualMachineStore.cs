using System.Runtime.CompilerServices;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.VirtualMachines;

internal sealed class VirtualMachineStore(IDbContextFactory<ConsoleDbContext> factory) : IVirtualMachineStore
{
    public async IAsyncEnumerable<VirtualMachine> StreamByTenantAsync(Guid tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = db.VirtualMachines.AsNoTracking()
            .Where(v => v.TenantId == tenantId)
            .OrderBy(v => v.Name).ThenBy(v => v.BiosId)
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);
        await foreach (var vm in rows)
        {
            yield return vm;
        }
    }

    public async Task<Result> AddAsync(VirtualMachine vm, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.VirtualMachines.AnyAsync(v => v.BiosId == vm.BiosId, cancellationToken))
        {
            return VirtualMachineErrors.BiosIdAlreadyExists(vm.BiosId);
        }

        db.VirtualMachines.Add(vm);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return VirtualMachineErrors.BiosIdAlreadyExists(vm.BiosId);
        }
    }

    public async Task<bool> RemoveByBiosIdAsync(Guid tenantId, Guid biosId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.VirtualMachines.Where(v => v.TenantId == tenantId && v.BiosId == biosId).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    public async Task<bool> RemoveByIdAsync(Guid tenantId, Guid vmId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.VirtualMachines.Where(v => v.TenantId == tenantId && v.Id == vmId).ExecuteDeleteAsync(cancellationToken) == 1;
    }
}

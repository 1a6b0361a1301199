namespace BlazorConsole.Core.VirtualMachines;

/// <summary>The column a tenant's VM list is ordered by.</summary>
public enum VirtualMachineSort
{
    Name,
    BiosId,
    Created,
}

/// <summary>A server-side view of one tenant's VMs: search (name or BIOS ID), order and page.</summary>
public sealed record VirtualMachineQuery
{
    public Guid TenantId { get; init; }

    /// <summary>Part of the VM name (any case) or of its BIOS ID.</summary>
    public string? Search { get; init; }

    public VirtualMachineSort Sort { get; init; } = VirtualMachineSort.Name;

    public bool Descending { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 25;
}

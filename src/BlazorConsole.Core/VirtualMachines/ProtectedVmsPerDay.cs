namespace BlazorConsole.Core.VirtualMachines;

/// <summary>How many of a tenant's VMs were protected (had a protection period) at some time of a UTC day.</summary>
public sealed record ProtectedVmsPerDay(DateOnly Day, int Vms);

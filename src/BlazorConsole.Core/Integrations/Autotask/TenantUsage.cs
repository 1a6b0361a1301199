namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The billable units of one tenant for one month and the VMs behind them.</summary>
public sealed record TenantUsage(int Units, IReadOnlyList<VmUsage> Vms)
{
    /// <summary>The VMs that count towards <see cref="Units"/>.</summary>
    public int CountedVms => Vms.Count(vm => vm.Counted);
}

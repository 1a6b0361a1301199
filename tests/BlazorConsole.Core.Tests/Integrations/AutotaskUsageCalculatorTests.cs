using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

public sealed class AutotaskUsageCalculatorTests
{
    private static readonly Guid Tenant = Guid.NewGuid();

    private static readonly VmProtectedDays[] Vms =
    [
        Vm("web-01", 30),
        Vm("web-02", 15),
        Vm("db-01", 14),
        Vm("test-01", 1),
    ];

    [Fact]
    public void Calculate_AnyDay_CountsEveryVmWithADay()
    {
        var usage = AutotaskUsageCalculator.Calculate(AutotaskUsageRule.ProtectedAnyDay, 15, 30, [.. Vms, Vm("idle", 0)]);

        Assert.Equal(4, usage.Units);
        Assert.Equal(4, usage.Vms.Count);
    }

    [Fact]
    public void Calculate_MinimumDays_CountsVmsWithAtLeastNDaysIncludingExactlyN()
    {
        var usage = AutotaskUsageCalculator.Calculate(AutotaskUsageRule.ProtectedMinimumDays, 15, 30, Vms);

        Assert.Equal(2, usage.Units);
        Assert.True(usage.Vms.Single(v => v.VmName == "web-02").Counted);
        Assert.False(usage.Vms.Single(v => v.VmName == "db-01").Counted);
        Assert.Equal(4, usage.Vms.Count);
    }

    [Fact]
    public void Calculate_Prorated_DividesVmDaysByTheMonthAndRoundsUp()
    {
        // 30 + 15 + 14 + 1 = 60 VM-days: exactly 2 VM-months of 30 days, 60/31 → 2 (1.94 rounded up)
        Assert.Equal(2, AutotaskUsageCalculator.Calculate(AutotaskUsageRule.ProratedByDays, 15, 30, Vms).Units);
        Assert.Equal(2, AutotaskUsageCalculator.Calculate(AutotaskUsageRule.ProratedByDays, 15, 31, Vms).Units);
        Assert.Equal(3, AutotaskUsageCalculator.Calculate(AutotaskUsageRule.ProratedByDays, 15, 28, Vms).Units);
    }

    [Fact]
    public void Calculate_Prorated_OneDayOfOneVm_IsOneUnit() =>
        Assert.Equal(1, AutotaskUsageCalculator.Calculate(AutotaskUsageRule.ProratedByDays, 15, 31, [Vm("a", 1)]).Units);

    [Fact]
    public void Calculate_NoVms_IsZeroUnits()
    {
        foreach (var rule in Enum.GetValues<AutotaskUsageRule>())
        {
            Assert.Equal(0, AutotaskUsageCalculator.Calculate(rule, 15, 30, []).Units);
        }
    }

    private static VmProtectedDays Vm(string name, int days) => new(Tenant, Guid.NewGuid(), name, days);
}

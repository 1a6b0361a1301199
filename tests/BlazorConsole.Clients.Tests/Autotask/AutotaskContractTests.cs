using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;

namespace BlazorConsole.Clients.Tests.Autotask;

public sealed class AutotaskContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset March = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task QueryContractsAndServices_ForACompany_ReturnsThemWithUnits()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var contract = Assert.Single(AutotaskAssert.Success(await client.QueryContractsAsync([AutotaskFilter.Eq("companyID", AutotaskSeedData.ContosoLtdId)], None)));
        var services = AutotaskAssert.Success(await client.QueryContractServicesAsync([AutotaskFilter.Eq("contractID", contract.Id)], None));
        var units = AutotaskAssert.Success(await client.GetContractServiceUnitsAsync(AutotaskSeedData.ContosoVmServiceId, March.AddDays(14), None));

        Assert.Equal(AutotaskSeedData.ContosoContractId, contract.Id);
        Assert.Equal(2, services.Count);
        Assert.Contains(services, service => service.Id == AutotaskSeedData.ContosoVmServiceId && service.ServiceId == AutotaskSeedData.LightAgentServiceId && service.UnitPrice == 4.50m);
        Assert.Equal(40, units.Units);
        Assert.Equal(March, units.StartDate);
    }

    [Fact]
    public async Task AdjustUnits_FromADate_ChangesThatPeriodAndLaterOnes()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        AutotaskAssert.Success(await client.AdjustContractServiceUnitsAsync(
            new AutotaskUnitAdjustment(AutotaskSeedData.ContosoContractId, AutotaskSeedData.ContosoVmServiceId, March, 7), None));

        var snapshot = bed.Simulator.Snapshot();
        Assert.Equal(40, snapshot.UnitsAt(AutotaskSeedData.ContosoVmServiceId, March.AddDays(-1)));
        Assert.Equal(47, snapshot.UnitsAt(AutotaskSeedData.ContosoVmServiceId, March));
        Assert.Equal(47, snapshot.UnitsAt(AutotaskSeedData.ContosoVmServiceId, March.AddMonths(5)));
        var adjustment = Assert.Single(snapshot.Adjustments);
        Assert.Equal(7, adjustment.UnitChange);
        Assert.Equal(47, AutotaskAssert.Success(await client.GetContractServiceUnitsAsync(AutotaskSeedData.ContosoVmServiceId, March, None)).Units);
    }

    [Fact]
    public async Task SetUnits_DifferentCount_SendsOneAdjustmentForTheDifference()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var set = AutotaskAssert.Success(await client.SetContractServiceUnitsAsync(AutotaskSeedData.ContosoContractId, AutotaskSeedData.ContosoVmServiceId, March, 31, None));
        var again = AutotaskAssert.Success(await client.SetContractServiceUnitsAsync(AutotaskSeedData.ContosoContractId, AutotaskSeedData.ContosoVmServiceId, March, 31, None));

        Assert.Equal(new AutotaskUnitsSet(40, 31, Adjusted: true), set);
        Assert.Equal(new AutotaskUnitsSet(31, 31, Adjusted: false), again);
        Assert.Equal(-9, Assert.Single(bed.Simulator.Snapshot().Adjustments).UnitChange);
        Assert.Equal(31, bed.Simulator.Snapshot().UnitsAt(AutotaskSeedData.ContosoVmServiceId, March));
    }

    [Fact]
    public async Task AdjustUnits_ServiceOfAnotherContract_RejectedAndNothingChanges()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        AutotaskAssert.Failure(
            await client.AdjustContractServiceUnitsAsync(new AutotaskUnitAdjustment(AutotaskSeedData.ContosoContractId, AutotaskSeedData.FabrikamVmServiceId, March, 3), None),
            AutotaskErrors.RequestRejectedCode);

        Assert.Empty(bed.Simulator.Snapshot().Adjustments);
        Assert.Equal(12, bed.Simulator.Snapshot().UnitsAt(AutotaskSeedData.FabrikamVmServiceId, March));
    }

    [Fact]
    public async Task AdjustUnits_ZeroChange_RefusedBeforeSending()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        AutotaskAssert.Failure(
            await client.AdjustContractServiceUnitsAsync(new AutotaskUnitAdjustment(AutotaskSeedData.ContosoContractId, AutotaskSeedData.ContosoVmServiceId, March, 0), None),
            AutotaskErrors.InvalidInputCode);

        Assert.Equal(0, bed.Simulator.CountCalls("POST", "ContractServiceAdjustments"));
    }

    [Fact]
    public async Task AdjustUnits_ReadOnlyUser_PermissionDenied()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync(AutotaskTestBed.As(AutotaskSandboxUsers.ReadOnlyUserName, AutotaskSandboxUsers.ReadOnlySecret));

        AutotaskAssert.Failure(
            await client.AdjustContractServiceUnitsAsync(new AutotaskUnitAdjustment(AutotaskSeedData.ContosoContractId, AutotaskSeedData.ContosoVmServiceId, March, 2), None),
            AutotaskErrors.PermissionDeniedCode);

        Assert.Empty(bed.Simulator.Snapshot().Adjustments);
    }
}

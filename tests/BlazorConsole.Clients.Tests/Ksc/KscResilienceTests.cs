using BlazorConsole.Core.Ksc;
using BlazorConsole.Sandbox.Ksc;

namespace BlazorConsole.Clients.Tests.Ksc;

public sealed class KscResilienceTests
{
    [Fact]
    public async Task Read_Http500Once_IsRetriedAndSucceeds()
    {
        await using var bed = await KscTestBed.StartAsync();
        await using var session = await bed.OpenAsync();
        bed.Simulator.Faults.FailCall("HostGroup.GroupIdGroups", onCall: 1, KscFaultKind.Http500);

        ResultAssert.Success(await session.GetManagedDevicesGroupIdAsync(CancellationToken.None));

        Assert.Equal(2, bed.Simulator.CountCalls("HostGroup.GroupIdGroups"));
    }

    [Fact]
    public async Task Read_FailingEveryTime_GivesUpAfterTheRetries()
    {
        await using var bed = await KscTestBed.StartAsync();
        await using var session = await bed.OpenAsync();
        bed.Simulator.Faults.FailCall("VServers.GetVServers", onCall: 1, KscFaultKind.Http500, times: 10);

        var error = ResultAssert.Failure(await session.GetVirtualServersAsync(CancellationToken.None), KscErrors.CallFailedCode);

        Assert.Contains("500", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, bed.Simulator.CountCalls("VServers.GetVServers"));
    }

    [Fact]
    public async Task Read_ConnectionDropped_IsRetriedAndSucceeds()
    {
        await using var bed = await KscTestBed.StartAsync();
        bed.Simulator.EnsureGroup("Contoso");
        await using var session = await bed.OpenAsync();
        bed.Simulator.Faults.DropNextCall("HostGroup.FindGroups");

        var found = ResultAssert.Success(await session.FindGroupAsync(bed.Simulator.ManagedDevicesGroupId, "Contoso", CancellationToken.None));

        Assert.Equal("Contoso", found.Name);
        Assert.True(bed.Simulator.CountCalls("HostGroup.FindGroups") >= 2);
    }

    [Fact]
    public async Task Write_Http500_IsNotRetried()
    {
        await using var bed = await KscTestBed.StartAsync();
        await using var session = await bed.OpenAsync();
        bed.Simulator.Faults.FailCall("HostGroup.AddGroup", onCall: 1, KscFaultKind.Http500);

        ResultAssert.Failure(await session.AddGroupAsync(bed.Simulator.ManagedDevicesGroupId, "Contoso", CancellationToken.None), KscErrors.CallFailedCode);

        Assert.Equal(1, bed.Simulator.CountCalls("HostGroup.AddGroup"));
    }

    [Fact]
    public async Task Write_ConnectionDropped_IsNotSentAgainAndReportsUnreachable()
    {
        await using var bed = await KscTestBed.StartAsync();
        await using var session = await bed.OpenAsync();
        ResultAssert.Success(await session.GetManagedDevicesGroupIdAsync(CancellationToken.None));
        bed.Simulator.Faults.DropNextCall("VServers.AddVServerInfo");

        var error = ResultAssert.Failure(
            await session.AddVirtualServerAsync(bed.Simulator.ManagedDevicesGroupId, "Contoso", CancellationToken.None),
            KscErrors.UnreachableCode);

        Assert.Contains("the connection was reset", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, bed.Simulator.CountCalls("VServers.AddVServerInfo"));
        Assert.Empty(bed.Simulator.Snapshot().VirtualServers);
    }

    [Fact]
    public async Task Write_PxgError_IsNotRetriedAndKeepsKscsMessage()
    {
        await using var bed = await KscTestBed.StartAsync();
        var server = bed.Simulator.EnsureVirtualServer("Contoso");
        await using var session = await bed.OpenAsync();
        bed.Simulator.Faults.FailCall("VServers.UpdateVServerInfo");

        var error = ResultAssert.Failure(await session.SetVirtualServerEnabledAsync(server.Id, false, CancellationToken.None), KscErrors.CallFailedCode);

        Assert.Contains("Injected failure", error.Message, StringComparison.Ordinal);
        Assert.Contains("VServers.UpdateVServerInfo", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, bed.Simulator.CountCalls("VServers.UpdateVServerInfo"));
        Assert.True(Assert.Single(bed.Simulator.Snapshot().VirtualServers).Enabled);
    }

    [Fact]
    public async Task ActionCheck_FailingOnce_IsRetriedAndTheRemovalFinishes()
    {
        await using var bed = await KscTestBed.StartAsync();
        var group = bed.Simulator.EnsureGroup("Contoso");
        await using var session = await bed.OpenAsync();
        bed.Simulator.Faults.FailCall("AsyncActionStateChecker.CheckActionState", onCall: 2, KscFaultKind.Http500);

        ResultAssert.Success(await session.RemoveGroupAsync(group, withContents: true, CancellationToken.None));

        Assert.Equal(1, bed.Simulator.CountCalls("HostGroup.RemoveGroup"));
        Assert.Equal(3, bed.Simulator.CountCalls("AsyncActionStateChecker.CheckActionState"));
        Assert.DoesNotContain(bed.Simulator.Snapshot().Groups, candidate => candidate.Id == group);
    }
}

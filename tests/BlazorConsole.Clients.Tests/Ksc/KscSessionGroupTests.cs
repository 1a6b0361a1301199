using BlazorConsole.Core.Ksc;
using BlazorConsole.Sandbox.Ksc;

namespace BlazorConsole.Clients.Tests.Ksc;

public sealed class KscSessionGroupTests
{
    [Fact]
    public async Task GetManagedDevicesGroupId_Signed_ReturnsRootGroup()
    {
        await using var bed = await KscTestBed.StartAsync();
        await using var session = await bed.OpenAsync();

        var id = ResultAssert.Success(await session.GetManagedDevicesGroupIdAsync(CancellationToken.None));

        Assert.Equal(bed.Simulator.ManagedDevicesGroupId, id);
    }

    [Fact]
    public async Task AddGroup_ThenFindGroup_FindsItByNameInParentOnly()
    {
        await using var bed = await KscTestBed.StartAsync();
        await using var session = await bed.OpenAsync();
        var root = bed.Simulator.ManagedDevicesGroupId;

        var folder = ResultAssert.Success(await session.AddGroupAsync(root, KscDefaults.MultitenancyFolderName, CancellationToken.None));
        var tenant = ResultAssert.Success(await session.AddGroupAsync(folder, "Contoso \"EU\"", CancellationToken.None));

        var found = ResultAssert.Success(await session.FindGroupAsync(folder, "Contoso \"EU\"", CancellationToken.None));
        Assert.Equal(new KscGroup(tenant, "Contoso \"EU\"", folder), found);
        ResultAssert.Failure(await session.FindGroupAsync(root, "Contoso \"EU\"", CancellationToken.None), KscErrors.ObjectNotFoundCode);
        Assert.Contains(bed.Simulator.Snapshot().Groups, group => group.Id == tenant && group.ParentId == folder);
    }

    [Fact]
    public async Task AddGroup_NameTakenInParent_FailsWithKscMessageAndCreatesNothing()
    {
        await using var bed = await KscTestBed.StartAsync();
        bed.Simulator.EnsureGroup("Existing");
        await using var session = await bed.OpenAsync();

        var error = ResultAssert.Failure(await session.AddGroupAsync(bed.Simulator.ManagedDevicesGroupId, "existing", CancellationToken.None), KscErrors.CallFailedCode);

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Single(bed.Simulator.Snapshot().Groups, group => group.Name.Equals("existing", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AddGroup_ParentMissing_ReturnsObjectNotFound()
    {
        await using var bed = await KscTestBed.StartAsync();
        await using var session = await bed.OpenAsync();

        ResultAssert.Failure(await session.AddGroupAsync(4242, "Orphan", CancellationToken.None), KscErrors.ObjectNotFoundCode);
    }

    [Fact]
    public async Task GetSubgroups_MoreThanOneChunk_ReadsEveryPageAndReleasesTheAccessor()
    {
        await using var bed = await KscTestBed.StartAsync();
        var folder = bed.Simulator.EnsureGroup("Many");
        for (var index = 0; index < 230; index++)
        {
            bed.Simulator.EnsureGroup($"Tenant {index:D3}", folder);
        }

        await using var session = await bed.OpenAsync();
        bed.Simulator.ClearCalls();

        var groups = ResultAssert.Success(await session.GetSubgroupsAsync(folder, CancellationToken.None));

        Assert.Equal(230, groups.Count);
        Assert.Equal(230, groups.Select(group => group.Name).Distinct().Count());
        Assert.All(groups, group => Assert.Equal(folder, group.ParentId));
        Assert.Equal(3, bed.Simulator.CountCalls("ChunkAccessor.GetItemsChunk"));
        Assert.Equal(1, bed.Simulator.CountCalls("ChunkAccessor.Release"));
    }

    [Fact]
    public async Task RemoveGroup_Empty_PollsTheActionUntilFinishedAndRemovesIt()
    {
        await using var bed = await KscTestBed.StartAsync();
        var group = bed.Simulator.EnsureGroup("Gone soon");
        await using var session = await bed.OpenAsync();
        bed.Simulator.ClearCalls();

        ResultAssert.Success(await session.RemoveGroupAsync(group, withContents: false, CancellationToken.None));

        Assert.DoesNotContain(bed.Simulator.Snapshot().Groups, candidate => candidate.Id == group);
        Assert.Equal(2, bed.Simulator.CountCalls("AsyncActionStateChecker.CheckActionState"));
    }

    [Fact]
    public async Task RemoveGroup_WithSubgroupsWithoutContents_FailsWithTheActionsMessageAndKeepsIt()
    {
        await using var bed = await KscTestBed.StartAsync();
        var group = bed.Simulator.EnsureGroup("Parent");
        bed.Simulator.EnsureGroup("Child", group);
        await using var session = await bed.OpenAsync();

        var error = ResultAssert.Failure(await session.RemoveGroupAsync(group, withContents: false, CancellationToken.None), KscErrors.CallFailedCode);

        Assert.Contains("contains subgroups", error.Message, StringComparison.Ordinal);
        Assert.Contains(bed.Simulator.Snapshot().Groups, candidate => candidate.Id == group);
    }

    [Fact]
    public async Task RemoveGroup_WithContents_RemovesSubgroupsAndDevices()
    {
        await using var bed = await KscTestBed.StartAsync();
        var group = bed.Simulator.EnsureGroup("Tenant");
        var child = bed.Simulator.EnsureGroup("Servers", group);
        bed.Simulator.EnsureHost("vm-01", child);
        await using var session = await bed.OpenAsync();

        ResultAssert.Success(await session.RemoveGroupAsync(group, withContents: true, CancellationToken.None));

        var snapshot = bed.Simulator.Snapshot();
        Assert.DoesNotContain(snapshot.Groups, candidate => candidate.Id == group || candidate.Id == child);
        Assert.Empty(snapshot.Hosts);
    }

    [Fact]
    public async Task RemoveGroup_ActionNeverFinishing_StopsPollingAtTheActionTimeout()
    {
        var options = KscTestBed.FastOptions();
        options.ActionTimeout = TimeSpan.FromMilliseconds(200);
        await using var bed = await KscTestBed.StartAsync(options, new KscSimulatorOptions { ActionPendingChecks = 10_000, ActionCheckDelay = TimeSpan.FromMilliseconds(50) });
        var group = bed.Simulator.EnsureGroup("Stuck");
        await using var session = await bed.OpenAsync();

        var error = ResultAssert.Failure(await session.RemoveGroupAsync(group, withContents: true, CancellationToken.None), KscErrors.CallFailedCode);

        Assert.Contains("did not finish", error.Message, StringComparison.Ordinal);
        Assert.InRange(bed.Simulator.CountCalls("AsyncActionStateChecker.CheckActionState"), 2, 100);
    }

    [Fact]
    public async Task RemoveGroup_Missing_ReturnsObjectNotFound()
    {
        await using var bed = await KscTestBed.StartAsync();
        await using var session = await bed.OpenAsync();

        var error = ResultAssert.Failure(await session.RemoveGroupAsync(777, withContents: true, CancellationToken.None), KscErrors.ObjectNotFoundCode);

        Assert.True(KscErrors.IsNotFound(error));
    }
}

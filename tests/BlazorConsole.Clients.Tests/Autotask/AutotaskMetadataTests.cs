using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;

namespace BlazorConsole.Clients.Tests.Autotask;

public sealed class AutotaskMetadataTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task GetPicklist_TicketStatus_HasStringValuesAndInactiveChoices()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var statuses = AutotaskAssert.Success(await client.GetPicklistAsync(AutotaskEntities.Tickets, "status", None));

        var complete = Assert.Single(statuses, value => value.Label == "Complete");
        Assert.Equal("5", complete.Value);
        Assert.Equal(5, complete.NumericValue);
        Assert.False(Assert.Single(statuses, value => value.Label == "Escalate").IsActive);
    }

    [Fact]
    public async Task GetPicklist_SubIssueType_CarriesItsParentIssueType()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var subIssues = AutotaskAssert.Success(await client.GetPicklistAsync(AutotaskEntities.Tickets, "subIssueType", None));

        Assert.Equal("1", Assert.Single(subIssues, value => value.Label == "Ransomware behaviour").ParentValue);
    }

    [Fact]
    public async Task GetFields_Tickets_MarksTheRequiredFields()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var fields = AutotaskAssert.Success(await client.GetFieldsAsync(AutotaskEntities.Tickets, None));

        Assert.Equal(["companyID", "title", "status", "priority"], fields.Where(field => field.IsRequired).Select(field => field.Name));
    }

    [Fact]
    public async Task GetPicklist_FieldThatIsNoPicklist_NotFound()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        AutotaskAssert.Failure(await client.GetPicklistAsync(AutotaskEntities.Tickets, "title", None), AutotaskErrors.NotFoundCode);
    }

    [Fact]
    public async Task GetEntityInformation_ReadOnlyUser_ShowsNoTicketCreateRight()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync(AutotaskTestBed.As(AutotaskSandboxUsers.ReadOnlyUserName, AutotaskSandboxUsers.ReadOnlySecret));

        var info = AutotaskAssert.Success(await client.GetEntityInformationAsync(AutotaskEntities.Tickets, None));

        Assert.True(info.CanCreate);
        Assert.Equal(AutotaskEntityAccess.None, info.UserAccessForCreate);
        Assert.Equal(AutotaskEntityAccess.All, info.UserAccessForQuery);
    }

    [Fact]
    public async Task GetEntityInformation_EntityNameWithAPath_RefusedBeforeSending()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        bed.Simulator.ClearCalls();

        AutotaskAssert.Failure(await client.GetEntityInformationAsync("Tickets/../Companies", None), AutotaskErrors.InvalidInputCode);

        Assert.Empty(bed.Simulator.Calls);
    }

    [Fact]
    public async Task GetThreshold_CountsTheDatabasesRequests()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        bed.Simulator.AddRequests(AutotaskSandboxUsers.AmericaEast, 100);

        var threshold = AutotaskAssert.Success(await client.GetThresholdAsync(None));

        Assert.Equal(10_000, threshold.RequestLimit);
        Assert.Equal(TimeSpan.FromHours(1), threshold.TimeFrame);
        Assert.True(threshold.CurrentRequestCount > 100);
        Assert.Equal(threshold.CurrentRequestCount, bed.Simulator.Snapshot().RequestCounts[bed.Simulator.DatabaseIdOf(AutotaskSandboxUsers.AmericaEast)]);
    }
}

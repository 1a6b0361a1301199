using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Sandbox.Mdr;

namespace BlazorConsole.Clients.Tests.Mdr;

public sealed class MdrReadTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ListIncidents_SmallPages_EveryIncidentOnceInUpdateOrder()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        var expected = bed.Simulator.Snapshot().Incidents;

        var seen = new List<MdrIncident>();
        for (var page = 1; ; page++)
        {
            var rows = MdrAssert.Success(await bed.Client.ListIncidentsAsync(bed.Full, grant.AccessToken, new MdrIncidentQuery(null, page, 5), None));
            seen.AddRange(rows);
            if (rows.Count < 5)
            {
                break;
            }
        }

        Assert.Equal(expected.Count, seen.Count);
        Assert.True(expected.Count > 10);
        Assert.Equal(seen.OrderBy(incident => incident.UpdateTime).Select(incident => incident.IncidentId), seen.Select(incident => incident.IncidentId));
        Assert.Equal(expected.Select(incident => incident.IncidentId).Order(), seen.Select(incident => incident.IncidentId).Order());
        Assert.Equal(3, bed.Simulator.CountCalls("incidents/list"));
    }

    [Fact]
    public async Task ListIncidents_RaisedIncident_ReadWithEveryField()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        var raised = bed.Simulator.RaiseIncident(MdrSeedData.Tailspin, MdrSimulatedPriority.High, "Mimikatz on TAILSPIN-DC01", "Credential theft tool found.", ["TAILSPIN-DC01", "TAILSPIN-FS01"]);

        var rows = MdrAssert.Success(await bed.Client.ListIncidentsAsync(bed.Full, grant.AccessToken, new MdrIncidentQuery(raised.UpdateTime), None));

        var incident = Assert.Single(rows);
        Assert.Equal(
            new MdrIncident(raised.IncidentId, raised.CreationTime, raised.UpdateTime, "Mimikatz on TAILSPIN-DC01", "Credential theft tool found.", MdrPriority.High, MdrIncidentStatus.Open, null, MdrSeedData.Tailspin, incident.AffectedHosts),
            incident);
        Assert.Equal(["TAILSPIN-DC01", "TAILSPIN-FS01"], incident.AffectedHosts);
    }

    [Fact]
    public async Task ListIncidents_MinUpdateTimeAfterAComment_OnlyTheUpdatedIncident()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        var newest = bed.Simulator.Snapshot().Incidents.Max(incident => incident.UpdateTime);
        var oldest = bed.Simulator.Snapshot().Incidents.MinBy(incident => incident.UpdateTime)!;

        bed.Simulator.AddComment(oldest.IncidentId, "Please check the host again.");

        var rows = MdrAssert.Success(await bed.Client.ListIncidentsAsync(bed.Full, grant.AccessToken, new MdrIncidentQuery(newest.AddMilliseconds(1)), None));
        Assert.Equal(oldest.IncidentId, Assert.Single(rows).IncidentId);
        Assert.True(rows[0].UpdateTime > newest);
    }

    [Fact]
    public async Task ListAndCount_TenantFilter_OnlyThatTenant()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        var query = new MdrIncidentQuery(null, TenantNames: [MdrSeedData.Woodgrove]);

        var rows = MdrAssert.Success(await bed.Client.ListIncidentsAsync(bed.Full, grant.AccessToken, query, None));
        var count = MdrAssert.Success(await bed.Client.CountIncidentsAsync(bed.Full, grant.AccessToken, query, None));

        Assert.Equal(3, rows.Count);
        Assert.All(rows, incident => Assert.Equal(MdrSeedData.Woodgrove, incident.TenantName));
        Assert.Equal(3, count);
    }

    [Fact]
    public async Task LimitedConnection_SeesOnlyItsTenantsIncidentsAndAssets()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync(MdrSeedData.LimitedClientId);
        var endpoint = bed.Endpoint(MdrSeedData.LimitedClientId);
        var all = bed.Simulator.Snapshot();
        string[] scope = [MdrSeedData.Contoso, MdrSeedData.Fabrikam];

        var incidents = MdrAssert.Success(await bed.Client.ListIncidentsAsync(endpoint, grant.AccessToken, new MdrIncidentQuery(null), None));
        var count = MdrAssert.Success(await bed.Client.CountIncidentsAsync(endpoint, grant.AccessToken, new MdrIncidentQuery(null), None));
        var assets = MdrAssert.Success(await bed.Client.ListAssetsAsync(endpoint, grant.AccessToken, null, None));

        Assert.Equal(all.Incidents.Count(incident => scope.Contains(incident.TenantName)), incidents.Count);
        Assert.True(incidents.Count < all.Incidents.Count);
        Assert.All(incidents, incident => Assert.Contains(incident.TenantName, scope));
        Assert.Equal(incidents.Count, count);
        Assert.Equal(8, assets.Count);
        Assert.All(assets, asset => Assert.Contains(asset.TenantName, scope));
    }

    [Fact]
    public async Task LimitedConnection_OtherTenantOrItsIncident_AccessDenied()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync(MdrSeedData.LimitedClientId);
        var endpoint = bed.Endpoint(MdrSeedData.LimitedClientId);
        var foreign = bed.Simulator.Snapshot().Incidents.First(incident => incident.TenantName == MdrSeedData.Woodgrove);

        var list = MdrAssert.Failure(await bed.Client.ListIncidentsAsync(endpoint, grant.AccessToken, new MdrIncidentQuery(null, TenantNames: [MdrSeedData.Woodgrove]), None), MdrErrors.AccessDeniedCode);
        MdrAssert.Failure(await bed.Client.GetIncidentAsync(endpoint, grant.AccessToken, foreign.IncidentId, None), MdrErrors.AccessDeniedCode);
        MdrAssert.Failure(await bed.Client.ListCommentsAsync(endpoint, grant.AccessToken, foreign.IncidentId, None), MdrErrors.AccessDeniedCode);
        MdrAssert.Failure(await bed.Client.ListAssetsAsync(endpoint, grant.AccessToken, [MdrSeedData.Woodgrove], None), MdrErrors.AccessDeniedCode);

        Assert.Contains("list incidents", list.Message, StringComparison.Ordinal);
        Assert.All(bed.Simulator.Calls.Skip(1), call => Assert.Equal((403, "forbidden"), (call.Status, call.Error)));
    }

    [Fact]
    public async Task GetIncident_Known_AllFields_Unknown_NotFound()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        var expected = bed.Simulator.Snapshot().Incidents.First(incident => incident.Status == MdrSimulatedStatus.OnHold);

        var incident = MdrAssert.Success(await bed.Client.GetIncidentAsync(bed.Full, grant.AccessToken, expected.IncidentId, None));

        Assert.Equal((expected.Summary, MdrIncidentStatus.OnHold, MdrPriority.High, expected.TenantName, expected.UpdateTime), (incident.Summary, incident.Status, incident.Priority, incident.TenantName, incident.UpdateTime));
        MdrAssert.Failure(await bed.Client.GetIncidentAsync(bed.Full, grant.AccessToken, "no-such-incident", None), MdrErrors.NotFoundCode);
    }

    [Fact]
    public async Task ListComments_MorePagesThanOne_AllOldestFirstWithAuthors()
    {
        await using var bed = await MdrTestBed.StartAsync(configure: options => options.PageSize = 2);
        var grant = await bed.ConnectAsync();
        var incident = bed.Simulator.Snapshot().Incidents[0].IncidentId;
        bed.Simulator.AddComment(incident, "First", "Analyst A");
        bed.Simulator.AddComment(incident, "Second", MdrSeedData.FullAccessName);
        bed.Simulator.AddComment(incident, "Third", "Analyst B");
        bed.Simulator.AddComment(incident, "Fourth", "Analyst A");

        var comments = MdrAssert.Success(await bed.Client.ListCommentsAsync(bed.Full, grant.AccessToken, incident, None));

        Assert.Equal(["First", "Second", "Third", "Fourth"], comments.Select(comment => comment.Text).TakeLast(4));
        Assert.Equal(MdrSeedData.FullAccessName, comments[^3].AuthorName);
        Assert.Equal(bed.Simulator.Snapshot().Comments.Count(comment => comment.IncidentId == incident), comments.Count);
        Assert.Equal(3, bed.Simulator.CountCalls("comments/list"));
    }

    [Fact]
    public async Task ListResponses_SeededAndAdded_OldestFirst()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        var seeded = bed.Simulator.Snapshot().Responses[0];
        var added = bed.Simulator.AddResponse(seeded.IncidentId, "block_hash", "Block the dropper's hash");

        var responses = MdrAssert.Success(await bed.Client.ListResponsesAsync(bed.Full, grant.AccessToken, seeded.IncidentId, None));

        Assert.Equal([seeded.ResponseId, added.ResponseId], responses.Select(response => response.ResponseId));
        Assert.Equal(("block_hash", "Waiting", "Block the dropper's hash"), (responses[1].Type, responses[1].Status, responses[1].Description));
    }

    [Fact]
    public async Task ListAssets_MorePagesThanOne_EveryAssetOnce()
    {
        await using var bed = await MdrTestBed.StartAsync(configure: options => options.PageSize = 3);
        var grant = await bed.ConnectAsync();

        var assets = MdrAssert.Success(await bed.Client.ListAssetsAsync(bed.Full, grant.AccessToken, null, None));
        var contoso = MdrAssert.Success(await bed.Client.ListAssetsAsync(bed.Full, grant.AccessToken, [MdrSeedData.Contoso], None));

        Assert.Equal(bed.Simulator.Snapshot().Assets.Select(asset => asset.AssetId).Order(), assets.Select(asset => asset.AssetId).Order());
        Assert.Equal(20, assets.Count);
        Assert.Equal(4, contoso.Count);
        Assert.All(assets, asset => Assert.NotNull(asset.LastSeen));
        Assert.Equal(7 + 2, bed.Simulator.CountCalls("assets/list"));
    }

    [Fact]
    public async Task ListIncidents_BadQuery_InvalidInputAndNothingSent()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        bed.Simulator.ClearCalls();

        MdrAssert.Failure(await bed.Client.ListIncidentsAsync(bed.Full, grant.AccessToken, new MdrIncidentQuery(null, 0), None), MdrErrors.InvalidInputCode);
        MdrAssert.Failure(await bed.Client.ListIncidentsAsync(bed.Full, grant.AccessToken, new MdrIncidentQuery(null, 1, MdrIncidentQuery.MaxPageSize + 1), None), MdrErrors.InvalidInputCode);
        MdrAssert.Failure(await bed.Client.ListIncidentsAsync(bed.Full, grant.AccessToken, new MdrIncidentQuery(null, TenantNames: [" "]), None), MdrErrors.InvalidInputCode);
        MdrAssert.Failure(await bed.Client.ListIncidentsAsync(bed.Full, "", new MdrIncidentQuery(null), None), MdrErrors.InvalidInputCode);
        MdrAssert.Failure(await bed.Client.GetIncidentAsync(bed.Full, grant.AccessToken, " ", None), MdrErrors.InvalidInputCode);

        Assert.Empty(bed.Simulator.Calls);
    }
}

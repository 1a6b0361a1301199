using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Core.Tests.Integrations.Mdr;

public sealed class MdrIncidentServiceTests
{
    private readonly MdrHarness _h = new();

    [Fact]
    public async Task RetryFailed_MakesFailedIncidentsDueAtOnce()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, _h.Time.GetUtcNow());
        _h.Autotask.FailNextCreates = 1;
        await _h.SyncAsync();

        var retried = await _h.Incidents.RetryFailedAsync(_h.ConnectionId, CancellationToken.None);
        var outcome = await _h.Incidents.SyncNowAsync(_h.ConnectionId, CancellationToken.None);

        Assert.Equal(1, retried.Value);
        Assert.Equal(1, outcome.Value!.TicketsCreated);
        var row = Assert.Single((await _h.Incidents.ListAsync(_h.ConnectionId, new MdrIncidentFilter(), CancellationToken.None)).Items);
        Assert.Equal(MdrIncidentSyncState.Ticketed, row.State);
    }

    [Fact]
    public async Task Retry_TicketedIncident_Refused()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, _h.Time.GetUtcNow());
        await _h.SyncAsync();

        var result = await _h.Incidents.RetryAsync(_h.ConnectionId, _h.Record("INC-1").Id, CancellationToken.None);

        Assert.Equal(MdrErrors.InvalidInputCode, result.Error?.Code);
    }

    [Fact]
    public async Task Retry_OtherConnectionsIncident_NotFound()
    {
        await _h.ConnectAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, _h.Time.GetUtcNow());
        await _h.SyncAsync();

        var result = await _h.Incidents.RetryAsync(Guid.NewGuid(), _h.Record("INC-1").Id, CancellationToken.None);

        Assert.Equal(MdrErrors.NotFoundCode, result.Error?.Code);
    }
}

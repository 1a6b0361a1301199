using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Core.Tests.Integrations.Mdr;

/// <summary>
/// The MDR connection (connect, token, sync switch, delete, mappings, ticketing rules) and the sync controls are changed
/// only by an Administrator covering all tenants; the MDR tenants, the test and the incident list need all tenants.
/// </summary>
public sealed class MdrAccessTests
{
    private readonly MdrHarness _h = new();

    [Theory]
    [InlineData("Operator")]
    [InlineData("Auditor")]
    [InlineData("ScopedAdministrator")]
    public async Task Changes_NotAnAdministratorOfAllTenants_RefusedAndNothingChanges(string principal)
    {
        var tenant = await ArrangeFailedIncidentAsync();
        var connection = _h.Connection;
        var (ticketing, version, updated) = (connection.Ticketing, connection.TokenVersion, connection.Updated);
        var (exchanges, queries, creates) = (_h.Mdr.Exchanges.Count, _h.Mdr.Queries.Count, _h.Autotask.CreateCalls);
        _h.Access.ActAs(principal);

        var input = new MdrConnectionInput(FakeMdrClient.ClientId, _h.Mdr.IssueRefreshToken(), "https://mdr.example/api/v1");
        var refusals = new Error?[]
        {
            (await _h.Connections.ConnectAsync(Guid.NewGuid(), input, "mallory", CancellationToken.None)).Error,
            (await _h.Connections.ReplaceTokenAsync(_h.ConnectionId, input, "mallory", CancellationToken.None)).Error,
            (await _h.Connections.SetSyncEnabledAsync(_h.ConnectionId, false, "mallory", CancellationToken.None)).Error,
            (await _h.Connections.SaveTicketingAsync(_h.ConnectionId, MdrHarness.TicketEverything(delayMinutes: 60), "mallory", CancellationToken.None)).Error,
            (await _h.Connections.MapTenantAsync(_h.ConnectionId, "Fabrikam MDR", tenant, "mallory", CancellationToken.None)).Error,
            (await _h.Connections.UnmapTenantAsync(_h.ConnectionId, MdrHarness.MdrTenant, "mallory", CancellationToken.None)).Error,
            (await _h.Connections.DeleteAsync(_h.ConnectionId, "mallory", CancellationToken.None)).Error,
            (await _h.Incidents.RetryAsync(_h.ConnectionId, _h.Record("INC-1").Id, CancellationToken.None)).Error,
            (await _h.Incidents.RetryFailedAsync(_h.ConnectionId, CancellationToken.None)).Error,
            (await _h.Incidents.SyncNowAsync(_h.ConnectionId, CancellationToken.None)).Error,
        };

        Assert.All(refusals, error => Assert.Same(AccessScopeErrors.AdministratorRequired, error));
        var after = Assert.Single(_h.Stores.Connections.Values);
        Assert.True(after.SyncEnabled);
        Assert.Equal((ticketing, version, updated), (after.Ticketing, after.TokenVersion, after.Updated));
        Assert.Equal(MdrHarness.MdrTenant, Assert.Single(_h.Stores.Mappings).MdrTenantName);
        Assert.Equal(MdrIncidentSyncState.Failed, _h.Record("INC-1").State);
        // the pasted token was not spent, MDR was not read, no ticket was tried again
        Assert.Equal(exchanges, _h.Mdr.Exchanges.Count);
        Assert.Equal(queries, _h.Mdr.Queries.Count);
        Assert.Equal(creates, _h.Autotask.CreateCalls);
    }

    [Theory]
    [InlineData("System")]
    [InlineData("Administrator")]
    public async Task Changes_AdministratorOfAllTenants_Allowed(string principal)
    {
        await ArrangeFailedIncidentAsync();
        _h.Access.ActAs(principal);

        var retried = await _h.Incidents.RetryFailedAsync(_h.ConnectionId, CancellationToken.None);
        var synced = await _h.Incidents.SyncNowAsync(_h.ConnectionId, CancellationToken.None);
        var paused = await _h.Connections.SetSyncEnabledAsync(_h.ConnectionId, false, "alice", CancellationToken.None);
        var unmapped = await _h.Connections.UnmapTenantAsync(_h.ConnectionId, MdrHarness.MdrTenant, "alice", CancellationToken.None);
        var deleted = await _h.Connections.DeleteAsync(_h.ConnectionId, "alice", CancellationToken.None);

        Assert.Equal(1, retried.Value);
        Assert.Equal(1, synced.Value!.TicketsCreated);
        Assert.True(paused.IsSuccess);
        Assert.True(unmapped.IsSuccess);
        Assert.True(deleted.IsSuccess);
        Assert.Empty(_h.Stores.Connections);
    }

    [Theory]
    [InlineData("ScopedOperator")]
    [InlineData("ScopedAdministrator")]
    public async Task ReadsAcrossTenants_PrincipalCoveringSomeTenants_RefusedOrEmpty(string principal)
    {
        await ArrangeFailedIncidentAsync();
        _h.Access.ActAs(principal);

        var tenants = await _h.Connections.ListTenantsAsync(_h.ConnectionId, CancellationToken.None);
        var test = await _h.Connections.TestAsync(_h.ConnectionId, CancellationToken.None);
        var incidents = await _h.Incidents.ListAsync(_h.ConnectionId, new MdrIncidentFilter(), CancellationToken.None);

        Assert.Same(AccessScopeErrors.AllTenantsRequired, tenants.Error);
        Assert.Same(AccessScopeErrors.AllTenantsRequired, test.Error);
        Assert.Empty(incidents.Items);
        Assert.Equal(0, incidents.Total);
    }

    [Fact]
    public async Task ReadsAcrossTenants_AuditorOfAllTenants_SeesThem()
    {
        await ArrangeFailedIncidentAsync();
        _h.Access.ActAs("Auditor");

        var tenants = await _h.Connections.ListTenantsAsync(_h.ConnectionId, CancellationToken.None);
        var incidents = await _h.Incidents.ListAsync(_h.ConnectionId, new MdrIncidentFilter(), CancellationToken.None);

        Assert.Contains(tenants.Value!, row => row.MdrTenantName == MdrHarness.MdrTenant);
        Assert.Equal("INC-1", Assert.Single(incidents.Items).IncidentId);
    }

    /// <summary>A connection ticketing everything, its MDR tenant mapped, and INC-1 whose ticket failed; another console tenant unmapped.</summary>
    private async Task<Guid> ArrangeFailedIncidentAsync()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.High, MdrIncidentStatus.Open, _h.Time.GetUtcNow());
        _h.Autotask.FailNextCreates = 1;
        await _h.SyncAsync();
        Assert.Equal(MdrIncidentSyncState.Failed, _h.Record("INC-1").State);
        return _h.Tenants.Seed("Fabrikam", BlazorConsole.Core.Tenants.TenantType.Simple).Id;
    }
}
